package org.enduse.core.storage;

/** What one work of {@link Store#writeEach} came to: its value when it was stored, or why nothing of it was. */
public record Attempt<T>(T value, RuntimeException failure) {
    public static <T> Attempt<T> stored(T value) {
        return new Attempt<>(value, null);
    }

    public static <T> Attempt<T> failed(RuntimeException failure) {
        return new Attempt<>(null, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
