package com.soundforge.api;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body whose text fields hold control characters (422), for every request record of the
 * API, before a controller sees it.
 */
@ControllerAdvice(basePackageClasses = RequestBodyText.class)
class RequestBodyText extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                TextInputs.requireNoControlCharacters("The field " + component.getName(), read(component, body));
            }
        }
        return body;
    }

    private static String read(RecordComponent component, Object body) {
        try {
            component.getAccessor().setAccessible(true);
            return (String) component.getAccessor().invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
