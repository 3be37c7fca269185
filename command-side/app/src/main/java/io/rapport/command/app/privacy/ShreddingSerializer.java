package io.rapport.command.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Wraps the event serializer: the personal fields of the events named in {@link PersonalFields}
 * leave it encrypted with their subject's key and come back decrypted, or as {@code [erased]} once
 * the key is gone. Everything else passes through unchanged.
 */
public class ShreddingSerializer implements Serializer {

  private final Serializer delegate;
  private final Supplier<SubjectKeys> keys;

  public ShreddingSerializer(Serializer delegate, Supplier<SubjectKeys> keys) {
    this.delegate = delegate;
    this.keys = keys;
  }

  @Override
  public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
    var rule = object == null ? null : PersonalFields.of(object.getClass().getName()).orElse(null);
    if (rule == null) {
      return delegate.serialize(object, expectedRepresentation);
    }
    SerializedObject<JsonNode> json = delegate.serialize(object, JsonNode.class);
    JsonNode tree = json.getData();
    SubjectKeys.ActiveKey key = keys.get().forEncryption(rule.subject().apply(tree));
    rule.paths()
        .forEach(
            path -> rewrite(tree, path, text -> FieldCipher.encrypt(text, key.keyId(), key.key())));
    return new SimpleSerializedObject<>(
        getConverter().convert(tree, JsonNode.class, expectedRepresentation),
        expectedRepresentation,
        json.getType());
  }

  @Override
  public <S, T> T deserialize(SerializedObject<S> serializedObject) {
    var rule = PersonalFields.of(serializedObject.getType().getName()).orElse(null);
    if (rule == null) {
      return delegate.deserialize(serializedObject);
    }
    JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData().deepCopy();
    rule.paths().forEach(path -> rewrite(tree, path, this::opened));
    return delegate.deserialize(
        new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
  }

  private String opened(String value) {
    return FieldCipher.keyIdOf(value)
        .map(
            keyId ->
                keys.get()
                    .forDecryption(keyId)
                    .map(key -> FieldCipher.decrypt(value, keyId, key))
                    .orElse(FieldCipher.ERASED))
        .orElse(value);
  }

  /** Replaces every text value at the path (dot-separated, {@code []} for array elements). */
  static void rewrite(JsonNode node, String path, UnaryOperator<String> change) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    String rest = dot < 0 ? null : path.substring(dot + 1);
    boolean each = head.endsWith("[]");
    String name = each ? head.substring(0, head.length() - 2) : head;
    if (!(node instanceof ObjectNode object) || !object.hasNonNull(name)) {
      return;
    }
    JsonNode child = object.get(name);
    if (each && child instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (rest != null) {
          rewrite(array.get(i), rest, change);
        } else if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(change.apply(array.get(i).asText())));
        }
      }
    } else if (!each && rest != null) {
      rewrite(child, rest, change);
    } else if (!each && child.isTextual()) {
      object.set(name, TextNode.valueOf(change.apply(child.asText())));
    }
  }

  @Override
  public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
    return delegate.canSerializeTo(expectedRepresentation);
  }

  @Override
  public Class classForType(SerializedType type) {
    return delegate.classForType(type);
  }

  @Override
  public SerializedType typeForClass(Class type) {
    return delegate.typeForClass(type);
  }

  @Override
  public Converter getConverter() {
    return delegate.getConverter();
  }
}
