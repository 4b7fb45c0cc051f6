package com.jalonom.webshop.support;

import java.time.Instant;
import java.util.List;

/** A customer-service chat, received from tawk.to. Declared in lawful.yaml as "customer-chat". */
public class ChatTranscript {

    /**
     * The tawk.to widget the shop embeds; chats are stored by tawk.to in the US, and the
     * policy names no safeguard for that transfer: lawful: transfer-without-safeguard.
     */
    public static final String TAWK_WIDGET = "https://embed.tawk.to/5b3f0c2b4af8e57442dc6a1e/default";

    private String chatId;
    private String visitorName;          // lawful: declared (yaml customer-chat)
    private String visitorEmail;         // lawful: declared (yaml customer-chat)
    private String visitorIp;            // lawful: declared (yaml customer-chat)
    private List<String> messages;
    private Instant startedAt;

    public String getChatId() {
        return chatId;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public String getVisitorEmail() {
        return visitorEmail;
    }

    public String getVisitorIp() {
        return visitorIp;
    }

    public List<String> getMessages() {
        return messages;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
