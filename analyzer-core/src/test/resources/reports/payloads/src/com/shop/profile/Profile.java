package com.shop.profile;

/**
 * A public profile. <script>window.lawfulPwned = 'class-javadoc';</script>
 * <img src=x onerror="window.lawfulPwned = 'class-img'">
 */
public class Profile {

    private String displayName; // lawful: personal user.name (declared: profile)

    /** About me. </code></pre><script>window.lawfulPwned = 'field-javadoc'</script> */
    @Column(name = "bio\"><svg onload=\"window.lawfulPwned = 'annotation'\">")
    private String biography; // lawful: personal user.content.self_image; finding personal-data-undeclared <b>x</b>
}
