package io.rapport.command.app.consistency;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a command handler's result as JSON with its Java type, collections with the type of their
 * elements (so that a list of enums comes back as a list of enums, not of strings).
 */
class HandlerResults {

  /** A result as stored: its canonical Java type and its JSON. */
  record Stored(String type, byte[] json) {}

  private final ObjectMapper json;

  HandlerResults(ObjectMapper json) {
    this.json = json;
  }

  Stored store(Object result) {
    if (result == null) {
      return new Stored(null, null);
    }
    try {
      return new Stored(typeOf(result).toCanonical(), json.writeValueAsBytes(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object read(String type, byte[] stored) {
    if (type == null || stored == null) {
      return null;
    }
    try {
      return json.readValue(stored, json.getTypeFactory().constructFromCanonical(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JavaType typeOf(Object result) {
    TypeFactory types = json.getTypeFactory();
    if (result instanceof Set<?> set) {
      return types.constructCollectionType(Set.class, elementType(set));
    }
    if (result instanceof Collection<?> collection) {
      return types.constructCollectionType(List.class, elementType(collection));
    }
    if (result instanceof Map<?, ?> map) {
      return types.constructMapType(
          Map.class, elementType(map.keySet()), elementType(map.values()));
    }
    return types.constructType(declared(result.getClass()));
  }

  private static Class<?> elementType(Collection<?> elements) {
    return elements.stream()
        .filter(e -> e != null)
        .findFirst()
        .<Class<?>>map(e -> declared(e.getClass()))
        .orElse(Object.class);
  }

  /** An enum constant with a body is an instance of a subclass; its type is the enum. */
  private static Class<?> declared(Class<?> type) {
    return type.isAnonymousClass() && type.getSuperclass().isEnum() ? type.getSuperclass() : type;
  }
}
