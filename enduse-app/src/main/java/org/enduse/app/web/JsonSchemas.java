package org.enduse.app.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAPI schemas read off the record classes routes declare for their bodies, so the document
 * describes exactly what Jackson reads and writes. Each record becomes a named component.
 */
final class JsonSchemas {
    private final Map<String, Object> components = new LinkedHashMap<>();
    private final Map<String, Class<?>> classes = new LinkedHashMap<>();

    /** A reference to the record's component, adding it (and the records it holds) on first use. */
    Map<String, Object> ref(Class<?> type) {
        if (!type.isRecord()) return schemaOf(type);
        String name = type.getSimpleName();
        Class<?> earlier = classes.putIfAbsent(name, type);
        if (earlier != null && earlier != type) throw new IllegalStateException("two body types are called " + name + ": " + earlier.getName() + " and " + type.getName());
        if (!components.containsKey(name)) {
            components.put(name, Map.of()); // placeholder first: records may refer to themselves
            Map<String, Object> props = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) props.put(c.getName(), schemaOf(c.getGenericType()));
            components.put(name, Map.of("type", "object", "properties", props,
                    "required", Arrays.stream(type.getRecordComponents()).filter(c -> c.getType().isPrimitive()).map(RecordComponent::getName).toList()));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    Map<String, Object> components() {
        return components;
    }

    private Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> s = new LinkedHashMap<>(Map.of("type", "array", "items", schemaOf(p.getActualTypeArguments()[0])));
                if (Set.class.isAssignableFrom(raw)) s.put("uniqueItems", true);
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) return Map.of("type", "object", "additionalProperties", schemaOf(p.getActualTypeArguments()[1]));
        }
        if (!(type instanceof Class<?> c)) return Map.of();
        if (c == String.class || c == char[].class) return Map.of("type", "string");
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return Map.of("type", "integer");
        if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) return Map.of("type", "number");
        if (c == boolean.class || c == Boolean.class) return Map.of("type", "boolean");
        if (c == Instant.class) return Map.of("type", "string", "format", "date-time");
        if (c == LocalDate.class) return Map.of("type", "string", "format", "date");
        if (c.isEnum()) return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(java.util.Locale.ROOT)).toList());
        if (c.isRecord()) return ref(c);
        if (List.class.isAssignableFrom(c)) return Map.of("type", "array");
        return Map.of("type", "object");
    }
}
