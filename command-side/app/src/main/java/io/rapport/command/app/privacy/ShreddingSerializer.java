package io.rapport.command.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.rapport.command.api.privacy.PersonalDataUnreadable.Reason;
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
 * the key is erased (its tombstone exists). A key that is gone without a tombstone, or a value that
 * fails its tag check, fails the read with an {@link UnreadablePersonalDataException}: lost or
 * damaged data must never pass for a lawful erasure. Everything else passes through unchanged.
 */
public class ShreddingSerializer implements Serializer {

  private final Serializer delegate;
  private final Supplier<SubjectKeys> keys;
  private final Supplier<DecryptionFailures> failures;

  ShreddingSerializer(
      Serializer delegate, Supplier<SubjectKeys> keys, Supplier<DecryptionFailures> failures) {
    this.delegate = delegate;
    this.keys = keys;
    this.failures = failures;
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
    Subject subject = rule.subject().apply(tree);
    rule.paths().forEach(path -> rewrite(tree, path, value -> opened(value, subject)));
    return delegate.deserialize(
        new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
  }

  private String opened(String value, Subject subject) {
    String keyId = FieldCipher.keyIdOf(value).orElse(null);
    if (keyId == null) {
      return value; // written before encryption
    }
    SubjectKeys.Lookup lookup = keys.get().forDecryption(keyId);
    return switch (lookup.state()) {
      case PRESENT ->
          FieldCipher.decrypt(value, keyId, lookup.key())
              .orElseThrow(() -> failures.get().failed(Reason.CORRUPT, subject, keyId));
      case ERASED -> FieldCipher.ERASED;
      case MISSING -> throw failures.get().failed(Reason.MISSING_KEY, subject, keyId);
    };
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
