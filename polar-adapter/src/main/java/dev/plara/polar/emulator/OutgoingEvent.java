package dev.plara.polar.emulator;

/** An event to deliver: its stable id (the {@code webhook-id} of every attempt), type and compact JSON body. */
record OutgoingEvent(String webhookId, String type, byte[] body) {
}
