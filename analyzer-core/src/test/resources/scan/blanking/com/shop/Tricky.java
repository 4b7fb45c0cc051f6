package com.shop;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Syntax that a body blanker must get right: every field below must survive with its position. */
@SuppressWarnings({"unchecked", "rawtypes"})
public class Tricky<T extends Comparable<T>> implements Comparable<Tricky<T>> {

    private static final String BRACE_IN_STRING = "} not a brace {";
    private static final char BRACE_CHAR = '{';
    private static final String TEXT_BLOCK = """
            { "json": "}" }
            """;
    private final int[] numbers = {1, 2, 3};
    private final Comparator<String> byLength = (a, b) -> {
        int difference = a.length() - b.length();
        return difference;
    };
    private final Runnable anonymous = new Runnable() {
        private String insideAnonymous;

        @Override
        public void run() {
            System.out.println("https://api.segment.io/v1/track");
        }
    };
    private String email;

    static {
        System.setProperty("x", "{");
    }

    {
        email = "/* not a comment */";
    }

    public Tricky() throws IllegalStateException {
        this.email = "ctor { body";
    }

    @Override
    public int compareTo(Tricky<T> other) {
        // } a brace in a comment
        /* { another */
        String url = "https://www.google-analytics.com/collect";
        record Row(String customerName, String phone) {
        }
        return 0;
    }

    <R> R generic(Supplier<R> supplier) {
        // A local type after a comment that ends in a period.
        class Local {
            private String localField;
        }
        return supplier.get();
    }

    void record(List<String> events) {
        if (events.isEmpty()) {
            return;
        }
        String zurich = "https://example.com/Z\u00fcrich";
        Object type = String.class;
    }

    enum Level {
        LOW("low") {
            @Override
            String describe() {
                return "{low}";
            }
        },
        HIGH("high");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        String describe() {
            return label;
        }
    }

    record Point(int x, int y) {
        Point {
            if (x < 0) {
                throw new IllegalArgumentException();
            }
        }

        static final String ORIGIN = "0,0";
    }

    interface Named {
        default String name() {
            return "named";
        }

        String CONSTANT = "c";
    }

    @interface Marker {
        String[] value() default {"a", "}"};
    }

    private String lastField;
}
