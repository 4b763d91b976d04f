package com.soundforge.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;

/**
 * Where the servlet container writes upload bodies ({@code spring.servlet.multipart.location}): by default the data
 * folder's {@code tmp-multipart}, which {@link TrackStorage} sweeps at start, instead of the container's own temp
 * folder under java.io.tmpdir, where the body of an upload cut off by kill -9 stayed forever. The location is made
 * absolute, since Tomcat takes a relative one as relative to its own temp folder, and created, since Tomcat needs it.
 */
@Component
class MultipartLocation implements BeanPostProcessor {

    private final ObjectProvider<LibraryProperties> library;

    MultipartLocation(ObjectProvider<LibraryProperties> library) {
        this.library = library;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof MultipartProperties multipart) {
            String configured = multipart.getLocation();
            Path location = configured == null || configured.isBlank()
                    ? library.getObject().dataDir().resolve(TrackStorage.MULTIPART_FOLDER)
                    : Path.of(configured);
            try {
                multipart.setLocation(
                        Files.createDirectories(location.toAbsolutePath().normalize())
                                .toString());
            } catch (IOException e) {
                throw new UncheckedIOException("No folder for upload bodies at " + location, e);
            }
        }
        return bean;
    }
}
