package com.example.infra;

import java.time.Instant;
import java.util.List;

public class ApiError extends RuntimeException {

    // lawful: not-personal
    private final int status;

    // lawful: not-personal
    private final String code;

    // lawful: not-personal
    private final String title;

    // lawful: not-personal
    private final String path;

    // lawful: not-personal
    private final List<String> fieldNames;

    // lawful: not-personal
    private final Instant timestamp;

    ApiError(int status, String code, String title, String path, List<String> fieldNames, Instant timestamp) {
        super(title);
        this.status = status;
        this.code = code;
        this.title = title;
        this.path = path;
        this.fieldNames = fieldNames;
        this.timestamp = timestamp;
    }
}
