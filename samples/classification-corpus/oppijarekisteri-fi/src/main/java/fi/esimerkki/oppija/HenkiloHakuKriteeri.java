package fi.esimerkki.oppija;

public record HenkiloHakuKriteeri(
        // lawful: personal user.government_id
        String hetu,
        // lawful: personal user.name
        String nimi,
        // lawful: not-personal
        Integer sivu,
        // lawful: not-personal
        Integer sivunKoko) {
}
