package dev.plara.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.List;

/** Records each command the driver sends to a collection as its name and the collection's ({@code update wallets}). */
final class CollectionCommands implements CommandListener {

    private final List<String> sent;

    private CollectionCommands(List<String> sent) {
        this.sent = sent;
    }

    /** A listener adding every command sent to a collection to {@code sent}, which must take concurrent adds. */
    static CommandListener into(List<String> sent) {
        return new CollectionCommands(sent);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        var target = event.getCommand().get(event.getCommandName());
        if (target != null && target.isString()) {
            sent.add(event.getCommandName() + " " + target.asString().getValue());
        }
    }
}
