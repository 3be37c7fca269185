package io.rapport.command.app.chat;

import io.rapport.command.api.chat.ScheduleChatCommand;
import io.rapport.command.app.relationship.Relationship;
import io.rapport.command.app.shared.Refusals;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Schedules a chat once the relationship it belongs to is known to be the student's own. */
@Component
class ScheduleChatHandler {

  private final Repository<Chat> chats;
  private final Repository<Relationship> relationships;

  ScheduleChatHandler(Repository<Chat> chats, Repository<Relationship> relationships) {
    this.chats = chats;
    this.relationships = relationships;
  }

  /** Returns the notes of the schedule (e.g. an unusual length). */
  @CommandHandler
  List<String> handle(ScheduleChatCommand command, MetaData metaData) throws Exception {
    Aggregate<Relationship> relationship;
    try {
      relationship = relationships.load(command.relationshipId());
    } catch (AggregateNotFoundException e) {
      throw Refusals.notFound("relationship");
    }
    relationship.execute(it -> it.ensureActingStudent(metaData));
    Aggregate<Chat> chat = chats.newInstance(() -> new Chat(command));
    return chat.invoke(Chat::notes);
  }
}
