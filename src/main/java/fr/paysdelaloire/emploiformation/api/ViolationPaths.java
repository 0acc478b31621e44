package fr.paysdelaloire.emploiformation.api;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/** Turns a Bean Validation property path into the JSON path a partner sees in its request. */
public final class ViolationPaths {

    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private ViolationPaths() {
    }

    /** {@code put.body.members[0].siret} becomes {@code members[0].siret}; a path parameter keeps its name. */
    public static String of(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(key == null ? "" : key).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(SNAKE.translate(node.getName()));
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : SNAKE.translate(parameter);
        }
        return field.toString();
    }
}
