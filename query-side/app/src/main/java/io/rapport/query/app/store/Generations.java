package io.rapport.query.app.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which copy of each read model's collections is live. A read model is rebuilt beside itself: its
 * collections are filled afresh under new names (the next generation, {@code name_g2}), while
 * queries and the live processor keep using the live ones; when the rebuild has caught up, the new
 * generation becomes the live one and the old one is dropped. Queries thus never see a half-built
 * read model. Generation 0 is the collection under its plain name.
 *
 * <p>The generations are kept in the collection {@value #COLLECTION}, one document per read model
 * that was ever rebuilt, and in memory. A batch of a rebuild names the read models it builds and
 * their generation ({@link #buildInto}); its reads and writes of their collections go there.
 */
public final class Generations implements CollectionNames {

  static final String COLLECTION = "read_model_generations";

  private static final Logger log = LoggerFactory.getLogger(Generations.class);
  private static final String TARGET = Generations.class.getName() + ".target";

  private final MongoDatabase database;
  private final ReadModels models;
  private volatile Map<String, Generation> generations;

  /** The live and the building generation of one read model. */
  public record Generation(int live, Integer building) {
    static final Generation FIRST = new Generation(0, null);
  }

  public Generations(MongoDatabase database, ReadModels models) {
    this.database = database;
    this.models = models;
    try {
      refresh();
    } catch (RuntimeException unreachable) {
      log.warn("The read models' generations could not be read yet: {}", unreachable.toString());
    }
  }

  /** The collection's name in the generation that the current batch or query reads and writes. */
  @Override
  public String resolve(String name) {
    Optional<String> owner = models.ownerOf(name);
    if (owner.isEmpty()) {
      return name;
    }
    Integer building = buildingInCurrentBatch(owner.get());
    return nameIn(name, building != null ? building : of(owner.get()).live());
  }

  /** The name of the collection in the given generation. */
  public static String nameIn(String name, int generation) {
    return generation == 0 ? name : name + "_g" + generation;
  }

  /** The name that projections and queries use for a collection of the store. */
  public static String nameOutside(String stored) {
    return stored.replaceFirst("_g[0-9]+$", "");
  }

  /** The generations of the read model. */
  public Generation of(String model) {
    Map<String, Generation> known = generations;
    if (known == null) {
      try {
        refresh();
      } catch (RuntimeException e) {
        throw new MongoTimeoutException("The read models' generations could not be read: " + e);
      }
      known = generations;
    }
    return known.getOrDefault(model, Generation.FIRST);
  }

  /** Reads the generations again, as another node may have switched one. */
  public void refresh() {
    Map<String, Generation> read = new HashMap<>();
    for (Document document : database.getCollection(COLLECTION).find()) {
      read.put(
          document.getString("_id"),
          new Generation(document.getInteger("live", 0), document.getInteger("building")));
    }
    generations = Map.copyOf(read);
  }

  /**
   * Starts a new generation of the read model, empty (what an interrupted rebuild left is dropped),
   * and records it as being built.
   *
   * @return the new generation
   */
  public synchronized int beginBuilding(String model) {
    Generation now = of(model);
    if (now.building() != null) {
      drop(model, now.building());
    }
    int next = now.live() + 1;
    drop(model, next);
    save(model, new Generation(now.live(), next));
    return next;
  }

  /** Makes the generation being built the live one, and drops the one it replaces. */
  public synchronized void switchTo(String model, int generation) {
    int old = of(model).live();
    save(model, new Generation(generation, null));
    if (old != generation) {
      drop(model, old);
    }
  }

  /**
   * Marks the unit of work as a batch of a rebuild: its reads and writes of the given read models'
   * collections go to the given generations.
   */
  public static void buildInto(UnitOfWork<?> unitOfWork, Map<String, Integer> generationByModel) {
    unitOfWork.root().resources().put(TARGET, Map.copyOf(generationByModel));
  }

  /** Whether the current batch rebuilds read models from past events (then it tells no one). */
  public static boolean inRebuild() {
    return CurrentUnitOfWork.isStarted()
        && CurrentUnitOfWork.get().root().getResource(TARGET) != null;
  }

  private static Integer buildingInCurrentBatch(String model) {
    if (!CurrentUnitOfWork.isStarted()) {
      return null;
    }
    Map<String, Integer> target = CurrentUnitOfWork.get().root().getResource(TARGET);
    return target == null ? null : target.get(model);
  }

  private void save(String model, Generation generation) {
    database
        .getCollection(COLLECTION)
        .replaceOne(
            eq("_id", model),
            new Document("_id", model)
                .append("live", generation.live())
                .append("building", generation.building()),
            new ReplaceOptions().upsert(true));
    Map<String, Generation> changed = new HashMap<>(generations == null ? Map.of() : generations);
    changed.put(model, generation);
    generations = Map.copyOf(changed);
  }

  /** Drops the generation's collections that exist (a drop of one that does not is an error). */
  private void drop(String model, int generation) {
    Set<String> existing = new HashSet<>();
    database.listCollectionNames().into(existing);
    for (String collection : models.collectionsOf(model)) {
      String stored = nameIn(collection, generation);
      if (existing.contains(stored)) {
        database.getCollection(stored).drop();
      }
    }
  }
}
