package io.rapport.query.app.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The read models of the query side: each projection's processing group and the collections it owns
 * ({@link ReadModelCollections}), found on the projections' beans without creating them, so that
 * the processors can be configured from it.
 */
public final class ReadModels {

  private final Map<String, List<String>> collectionsByModel;
  private final Map<String, String> modelByCollection;

  public ReadModels(Map<String, List<String>> collectionsByModel) {
    this.collectionsByModel = Collections.unmodifiableMap(new TreeMap<>(collectionsByModel));
    Map<String, String> owners = new TreeMap<>();
    collectionsByModel.forEach(
        (model, collections) ->
            collections.forEach(
                collection -> {
                  String other = owners.put(collection, model);
                  if (other != null) {
                    throw new IllegalStateException(
                        "The collection "
                            + collection
                            + " is owned by both "
                            + other
                            + " and "
                            + model);
                  }
                }));
    this.modelByCollection = Collections.unmodifiableMap(owners);
  }

  /** The read models declared by the beans of the factory. */
  public static ReadModels declaredIn(ListableBeanFactory beans) {
    Map<String, List<String>> models = new TreeMap<>();
    for (String bean : beans.getBeanNamesForAnnotation(ReadModelCollections.class)) {
      ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
      ReadModelCollections owned = beans.findAnnotationOnBean(bean, ReadModelCollections.class);
      if (group == null || owned == null) {
        throw new IllegalStateException(
            "The bean " + bean + " declares collections but has no @ProcessingGroup");
      }
      models.merge(
          group.value(),
          List.of(owned.value()),
          (some, more) -> java.util.stream.Stream.concat(some.stream(), more.stream()).toList());
    }
    return new ReadModels(models);
  }

  /** The names of the read models, which are their processing groups. */
  public List<String> names() {
    return List.copyOf(collectionsByModel.keySet());
  }

  public boolean contains(String model) {
    return collectionsByModel.containsKey(model);
  }

  /** The collections the read model owns. */
  public List<String> collectionsOf(String model) {
    return collectionsByModel.getOrDefault(model, List.of());
  }

  /**
   * The read model that owns the collection of the store with the given name, in whichever
   * generation (see {@link Generations}).
   */
  public Optional<String> ownerOfStored(String stored) {
    return ownerOf(Generations.nameOutside(stored));
  }

  /** The read model that owns the collection, if any. */
  public Optional<String> ownerOf(String collection) {
    return Optional.ofNullable(modelByCollection.get(collection));
  }
}
