package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.policy.load.RuleFolders;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderParameterTest {

    @Test
    void theReactorRootIsAllowedSoAModuleMayExtendItsParentsRuleFile(@TempDir Path root) throws Exception {
        Path module = Files.createDirectories(root.resolve("core"));
        Files.writeString(root.resolve("lawful.yaml"), "lawful: 1\nid: company\n");
        Files.writeString(module.resolve("lawful.yaml"), "lawful: 1\nid: core\nextends: ../lawful.yaml\n");
        List<String> policies = List.of(module.resolve("lawful.yaml").toString());

        RuleFolders folders = RuleFolderParameter.folders(root, null);

        assertEquals("core", new PolicyLoader(getClass().getClassLoader(), module, folders).load(policies).id());
        String refused = assertThrows(ConfigurationException.class,
                () -> new PolicyLoader(getClass().getClassLoader(), module, RuleFolderParameter.folders(null, null))
                        .load(policies)).getMessage();
        assertTrue(refused.contains("add <allowedRuleFolders><allowedRuleFolder>" + root.toRealPath()), refused);
    }

    @Test
    void aFolderThatDoesNotExistNamesTheParameter(@TempDir Path dir) {
        File missing = dir.resolve("missing").toFile();

        MojoExecutionException refused = assertThrows(MojoExecutionException.class,
                () -> RuleFolderParameter.folders(dir, List.of(missing)));

        assertEquals("Invalid value '" + missing + "' for parameter 'allowedRuleFolders' (property"
                + " lawful.allowedRuleFolders): not a folder; it names folders rule files may be read from",
                refused.getMessage());
    }
}
