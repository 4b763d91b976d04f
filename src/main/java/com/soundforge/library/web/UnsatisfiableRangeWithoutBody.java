package com.soundforge.library.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * For a Range past the end of a file, Spring MVC sets 416 and {@code Content-Range: bytes *}{@code /size} but then
 * writes the whole file anyway; this drops that body. It applies to every controller that returns a file (the
 * owner's audio and stems here, the API's stem downloads).
 */
@ControllerAdvice
class UnsatisfiableRangeWithoutBody implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        boolean unsatisfiable = response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() == HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value();
        return body instanceof Resource && unsatisfiable ? null : body;
    }
}
