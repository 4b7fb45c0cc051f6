package dev.lawful.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A mojo parameter whose value is not one of the allowed ones.
 *
 * @param name the parameter as written in the POM ({@code failOn})
 * @param property the user property that sets it ({@code lawful.failOn})
 */
record InvalidParameter(String name, String property, String value, List<String> allowed) {

    InvalidParameter {
        allowed = List.copyOf(allowed);
    }

    String message() {
        return "Invalid value '" + value + "' for parameter '" + name + "' (property " + property
                + "); allowed values: " + String.join(", ", allowed);
    }

    MojoExecutionException toException() {
        return new MojoExecutionException(message());
    }
}
