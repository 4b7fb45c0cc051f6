package com.example.shop;

import com.fasterxml.jackson.annotation.JsonProperty;

public record CustomerDto(
        // lawful: personal user.unique_id
        long id,
        // lawful: personal user.name
        @JsonProperty("full_name") String fullName,
        // lawful: personal user.contact.email
        String mail,
        // lawful: personal user.contact.phone_number
        String mobile,
        // lawful: not-personal
        String status) {
}
