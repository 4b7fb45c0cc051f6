package se.exempel.arende;

public interface MedborgareKlient {
}
