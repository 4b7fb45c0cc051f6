package com.jalonom.shop.customer;

import jakarta.persistence.Column;

/**
 * Public profile. <script>window.lawfulPwned = 'class-javadoc';</script>
 * <img src=x onerror="window.lawfulPwned = 'img'">
 */
public class Profile {

    /** About me. </code></pre><script>window.lawfulPwned = 'field-javadoc'</script> */
    @Column(name = "bio\"><svg onload=\"window.lawfulPwned = 'annotation'\">")
    private String bio; // lawful: personal user.content.self_image; finding personal-data-undeclared
}
