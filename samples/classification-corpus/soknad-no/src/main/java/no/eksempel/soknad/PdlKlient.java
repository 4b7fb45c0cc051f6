package no.eksempel.soknad;

import java.net.URI;
import org.springframework.web.client.RestTemplate;

/** Klient mot persondataløsningen. */
public class PdlKlient {
    // lawful: not-personal
    private RestTemplate restTemplate;

    // lawful: not-personal
    private URI baseUri;

    // lawful: not-personal
    private String scope;
}
