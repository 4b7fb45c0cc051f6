package dev.lawful.scan.bytecode;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.TypeInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassGraphException;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * Scans compiled classes and dependency jars with ClassGraph. Each ClassGraph pass reads
 * exactly the entries it is given (never the JVM's own classpath or modules, nor jars named
 * in a manifest's {@code Class-Path}) and asks only for what it needs:
 * <ol>
 *   <li>the user's classes: every class, with field, annotation and constant information and
 *       the classes each one references;</li>
 *   <li>dependency jars: the names of their class files and their {@code pom.properties},
 *       without parsing any class;</li>
 *   <li>only the dependency jars that the names show hold a named model package: the classes
 *       of those packages, with field and annotation information.</li>
 * </ol>
 * A Spring Boot jar or a WAR among the user's classes is first unpacked into a scratch folder
 * (deleted when the scan ends): its classes folder joins the user's classes and its nested
 * jars the dependencies, each shown at its place in the archive ({@link UnpackedArchive}).
 * An entry that is missing, not a jar, or holds a corrupt class file is reported as a
 * {@link ParseProblem} and the scan goes on. Safe to call from one thread at a time per call;
 * the scanner itself holds no state between calls.
 */
public final class BytecodeScanner {

    private static final String CLASS_SUFFIX = ".class";
    private static final String MAVEN_METADATA = "META-INF/maven/";

    private final int threads;

    /** @param threads ClassGraph worker threads; 0 means one per available processor */
    public BytecodeScanner(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param baseDir locations are reported relative to this
     * @param classes the user's compiled classes: folders and jars, scanned in full; Spring Boot
     *     jars and WARs in their classes folder, their nested jars as dependencies
     * @param dependencies dependency jars (or folders), listed for recipient detection
     * @param dependencyPackages package names whose classes in dependencies are the user's model
     */
    public BytecodeScan scan(Path baseDir, List<Path> classes, List<Dependency> dependencies,
            List<String> dependencyPackages) {
        try (ScratchFolder scratch = new ScratchFolder()) {
            return new Run(baseDir, classes, dependencies, dependencyPackages, scratch).scan();
        }
    }

    /** The state of one scan. */
    private final class Run {

        private final Path baseDir;
        private final List<EntryLocation> classEntries = new ArrayList<>();
        private final Map<Path, Dependency> dependencyEntries = new LinkedHashMap<>();
        private final Map<Path, EntryLocation> locations = new LinkedHashMap<>();
        private final List<String> dependencyPackages;
        private final Map<String, TypeInfo> types = new LinkedHashMap<>();
        private final List<ClasspathEntry> entries = new ArrayList<>();
        private final List<ClassFileEvidence> evidence = new ArrayList<>();
        private final List<ParseProblem> problems = new ArrayList<>();
        private final Map<Path, List<String>> packagesByDependency = new LinkedHashMap<>();
        private int classFilesParsed;

        Run(Path baseDir, List<Path> classes, List<Dependency> dependencies, List<String> dependencyPackages,
                ScratchFolder scratch) {
            this.baseDir = baseDir;
            for (Path entry : classes) {
                addClasses(EntryLocation.of(baseDir, entry), scratch);
            }
            for (Dependency dependency : dependencies) {
                addDependency(EntryLocation.of(baseDir, dependency.file()), dependency);
            }
            this.dependencyPackages = dependencyPackages.stream()
                    .map(Run::packageName)
                    .filter(name -> !name.isEmpty())
                    .distinct()
                    .toList();
        }

        /**
         * A folder or jar of classes; an executable archive (Spring Boot jar, WAR) is unpacked
         * into its classes folder and its nested jars, which count as dependencies.
         */
        private void addClasses(EntryLocation location, ScratchFolder scratch) {
            Optional<UnpackedArchive> archive = Optional.empty();
            if (location.jar() && !locations.containsKey(location.path())) {
                try {
                    archive = UnpackedArchive.unpack(location, scratch);
                } catch (IOException e) {
                    problems.add(new ParseProblem(location.display(), 0, 0, "cannot unpack the archive: " + e.getMessage()));
                    return;
                }
            }
            if (archive.isEmpty()) {
                addClassesEntry(location);
                return;
            }
            addClassesEntry(archive.get().classes());
            archive.get().libraries().forEach(library -> addDependency(library, new Dependency(library.path(), null)));
        }

        private void addClassesEntry(EntryLocation location) {
            if (locations.putIfAbsent(location.path(), location) == null) {
                classEntries.add(location);
            }
        }

        private void addDependency(EntryLocation location, Dependency dependency) {
            if (locations.putIfAbsent(location.path(), location) == null) {
                dependencyEntries.put(location.path(), dependency);
            }
        }

        BytecodeScan scan() {
            scanClasses();
            if (!dependencyEntries.isEmpty()) {
                scanDependencyNames();
            }
            List<EntryLocation> modelJars = dependenciesHoldingModelPackages();
            if (!modelJars.isEmpty()) {
                scanDependencyModel(modelJars);
            }
            List<TypeInfo> sortedTypes = types.values().stream()
                    .sorted(Comparator.comparing(TypeInfo::qualifiedName))
                    .toList();
            evidence.sort(Comparator.comparing(ClassFileEvidence::file));
            problems.sort(Comparator.comparing(ParseProblem::file).thenComparing(ParseProblem::message));
            return new BytecodeScan(sortedTypes, entries, evidence, problems, classFilesParsed);
        }

        private void scanClasses() {
            List<EntryLocation> readable = existing(classEntries);
            if (readable.isEmpty()) {
                classEntries.forEach(location -> entries.add(new ClasspathEntry(location.display(), false, List.of(), List.of())));
                return;
            }
            ClassGraph graph = restrictedTo(readable)
                    .enableClassInfo()
                    .ignoreClassVisibility()
                    .enableFieldInfo()
                    .ignoreFieldVisibility()
                    .enableAnnotationInfo()
                    .enableStaticFinalFieldConstantInitializerValues()
                    .enableInterClassDependencies()
                    .enableExternalClasses();
            try (ScanResult result = graph.scan(threads)) {
                reportSkippedEntries(readable, result);
                for (ClassInfo classInfo : ownClasses(result)) {
                    String file = classFile(classInfo);
                    evidence.add(evidence(classInfo, file));
                    if (TypeInfoReader.isDeclaredType(classInfo)) {
                        types.putIfAbsent(TypeInfoReader.qualifiedName(classInfo), TypeInfoReader.read(classInfo, file));
                    }
                }
                reportUnparsedClassFiles(result);
                Map<Path, List<Resource>> classFiles = byEntry(result.getResourcesWithExtension("class"));
                Map<Path, List<Resource>> poms = byEntry(mavenPomProperties(result));
                for (EntryLocation location : classEntries) {
                    entries.add(new ClasspathEntry(location.display(), false,
                            coordinates(poms.get(location.path())), packages(classFiles.get(location.path()))));
                }
            } catch (ClassGraphException e) {
                problems.add(new ParseProblem("classpath", 0, 0, "the scan of compiled classes failed: " + e.getMessage()));
            }
        }

        /** The dependencies the names pass saw holding a named model package: only these are parsed. */
        private List<EntryLocation> dependenciesHoldingModelPackages() {
            if (dependencyPackages.isEmpty()) {
                return List.of();
            }
            List<EntryLocation> holding = new ArrayList<>();
            packagesByDependency.forEach((path, packages) -> {
                if (packages.stream().anyMatch(this::isModelPackage)) {
                    holding.add(locations.get(path));
                }
            });
            return holding;
        }

        private boolean isModelPackage(String packageName) {
            return dependencyPackages.stream()
                    .anyMatch(model -> packageName.equals(model) || packageName.startsWith(model + "."));
        }

        private void scanDependencyModel(List<EntryLocation> modelJars) {
            ClassGraph graph = restrictedTo(modelJars)
                    .acceptPackages(dependencyPackages.toArray(String[]::new))
                    .enableClassInfo()
                    .ignoreClassVisibility()
                    .enableFieldInfo()
                    .ignoreFieldVisibility()
                    .enableAnnotationInfo();
            try (ScanResult result = graph.scan(threads)) {
                for (ClassInfo classInfo : ownClasses(result)) {
                    if (TypeInfoReader.isDeclaredType(classInfo)) {
                        types.putIfAbsent(TypeInfoReader.qualifiedName(classInfo),
                                TypeInfoReader.read(classInfo, classFile(classInfo)));
                    }
                }
                reportUnparsedClassFiles(result);
            } catch (ClassGraphException e) {
                problems.add(new ParseProblem("classpath", 0, 0,
                        "the scan of dependency packages " + dependencyPackages + " failed: " + e.getMessage()));
            }
        }

        private void scanDependencyNames() {
            List<EntryLocation> readable = existing(dependencyLocations());
            Map<Path, List<Resource>> classFiles = Map.of();
            Map<Path, List<Resource>> poms = Map.of();
            if (!readable.isEmpty()) {
                try (ScanResult result = restrictedTo(readable).scan(threads)) {
                    reportSkippedEntries(readable, result);
                    classFiles = byEntry(result.getResourcesWithExtension("class"));
                    poms = byEntry(mavenPomProperties(result));
                    addDependencyEntries(classFiles, poms);
                    return;
                } catch (ClassGraphException e) {
                    problems.add(new ParseProblem("classpath", 0, 0, "the scan of dependencies failed: " + e.getMessage()));
                }
            }
            addDependencyEntries(classFiles, poms);
        }

        private void addDependencyEntries(Map<Path, List<Resource>> classFiles, Map<Path, List<Resource>> poms) {
            dependencyEntries.forEach((path, dependency) -> {
                List<String> coordinates = dependency.coordinates() != null && !dependency.coordinates().isBlank()
                        ? List.of(dependency.coordinates().strip())
                        : coordinates(poms.get(path));
                List<String> packages = packages(classFiles.get(path));
                packagesByDependency.put(path, packages);
                entries.add(new ClasspathEntry(locations.get(path).display(), true, coordinates, packages));
            });
        }

        private List<EntryLocation> dependencyLocations() {
            return dependencyEntries.keySet().stream().map(locations::get).toList();
        }

        private List<EntryLocation> existing(List<EntryLocation> given) {
            List<EntryLocation> found = new ArrayList<>();
            for (EntryLocation location : given) {
                if (Files.exists(location.path())) {
                    found.add(location);
                } else {
                    problems.add(new ParseProblem(location.display(), 0, 0, "classpath entry does not exist"));
                }
            }
            return found;
        }

        /**
         * A ClassGraph that reads exactly these entries. Jars named in a manifest's
         * {@code Class-Path} would otherwise be added: {@code acceptJars} keeps them out.
         */
        private ClassGraph restrictedTo(List<EntryLocation> given) {
            ClassGraph graph = new ClassGraph()
                    .overrideClasspath(given.stream().map(location -> location.path().toString()).toList())
                    .disableModuleScanning()
                    .disableNestedJarScanning();
            String[] jarNames = given.stream()
                    .filter(EntryLocation::jar)
                    .map(location -> location.path().getFileName().toString())
                    .distinct()
                    .toArray(String[]::new);
            return jarNames.length == 0 ? graph.disableJarScanning() : graph.acceptJars(jarNames);
        }

        /** Classes parsed from the given entries: not external placeholders, not from elsewhere. */
        private List<ClassInfo> ownClasses(ScanResult result) {
            List<ClassInfo> own = new ArrayList<>();
            for (ClassInfo classInfo : result.getAllClasses()) {
                if (!classInfo.isExternalClass() && locations.containsKey(entryPath(classInfo.getClasspathElementFile()))) {
                    own.add(classInfo);
                }
            }
            classFilesParsed += own.size();
            return own;
        }

        private String classFile(ClassInfo classInfo) {
            EntryLocation location = locations.get(entryPath(classInfo.getClasspathElementFile()));
            return location.fileInside(classInfo.getResource().getPathRelativeToClasspathElement());
        }

        private ClassFileEvidence evidence(ClassInfo classInfo, String file) {
            List<String> referenced = new ArrayList<>();
            for (ClassInfo dependency : classInfo.getClassDependencies()) {
                if (dependency.isExternalClass()) {
                    referenced.add(SourceFormTypes.className(dependency.getName()));
                }
            }
            referenced.sort(Comparator.naturalOrder());
            List<String> constants = new ArrayList<>();
            for (FieldInfo field : classInfo.getDeclaredFieldInfo()) {
                if (field.getConstantInitializerValue() instanceof String value) {
                    constants.add(value);
                }
            }
            return new ClassFileEvidence(file, topLevelName(classInfo), referenced, constants);
        }

        private void reportSkippedEntries(List<EntryLocation> given, ScanResult result) {
            Set<Path> scanned = result.getClasspathFiles().stream()
                    .map(file -> entryPath(file))
                    .collect(Collectors.toSet());
            for (EntryLocation location : given) {
                if (!scanned.contains(location.path())) {
                    problems.add(new ParseProblem(location.display(), 0, 0, unreadableReason(location)));
                }
            }
        }

        /** Class files ClassGraph skipped because it could not parse them. */
        private void reportUnparsedClassFiles(ScanResult result) {
            for (Resource resource : result.getResourcesWithExtension("class")) {
                String path = resource.getPath();
                if (path.endsWith("module-info.class") || path.endsWith("package-info.class") || path.startsWith("META-INF/")) {
                    continue;
                }
                String className = path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.');
                ClassInfo parsed = result.getClassInfo(className);
                EntryLocation location = locations.get(entryPath(resource.getClasspathElementFile()));
                if ((parsed == null || parsed.isExternalClass()) && location != null) {
                    problems.add(new ParseProblem(location.fileInside(resource.getPathRelativeToClasspathElement()), 0, 0,
                            "not a readable class file (corrupt, or a class file version this analyzer does not know); skipped"));
                }
            }
        }

        private Map<Path, List<Resource>> byEntry(List<Resource> resources) {
            return resources.stream().collect(Collectors.groupingBy(
                    resource -> entryPath(resource.getClasspathElementFile()), LinkedHashMap::new, Collectors.toList()));
        }

        private List<Resource> mavenPomProperties(ScanResult result) {
            return result.getResourcesWithLeafName("pom.properties").stream()
                    .filter(resource -> resource.getPath().startsWith(MAVEN_METADATA))
                    .toList();
        }

        private List<String> coordinates(List<Resource> pomProperties) {
            if (pomProperties == null) {
                return List.of();
            }
            Set<String> coordinates = new TreeSet<>();
            for (Resource resource : pomProperties) {
                try {
                    PomProperties.read(resource.load()).ifPresent(coordinates::add);
                } catch (IOException e) {
                    EntryLocation location = locations.get(entryPath(resource.getClasspathElementFile()));
                    problems.add(new ParseProblem(location.fileInside(resource.getPathRelativeToClasspathElement()), 0, 0,
                            "cannot read: " + e.getMessage()));
                }
            }
            return List.copyOf(coordinates);
        }

        private static List<String> packages(List<Resource> classFiles) {
            if (classFiles == null) {
                return List.of();
            }
            return classFiles.stream()
                    .map(Resource::getPath)
                    .filter(path -> !path.startsWith("META-INF/") && path.indexOf('/') > 0)
                    .map(path -> path.substring(0, path.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new))
                    .stream()
                    .toList();
        }

        private static Path entryPath(File file) {
            return file.toPath().toAbsolutePath().normalize();
        }

        private static String topLevelName(ClassInfo classInfo) {
            String name = classInfo.getName();
            String packageName = classInfo.getPackageName();
            int nesting = name.indexOf('$', packageName.length());
            return nesting < 0 ? name : name.substring(0, nesting);
        }

        private static String packageName(String given) {
            String name = given.strip();
            for (String suffix : List.of(".**", ".*")) {
                if (name.endsWith(suffix)) {
                    return name.substring(0, name.length() - suffix.length());
                }
            }
            return name;
        }

        private static String unreadableReason(EntryLocation location) {
            if (!location.jar()) {
                return "classpath folder could not be read";
            }
            try (ZipFile zip = new ZipFile(location.path().toFile())) {
                return "jar could not be read (" + zip.size() + " entries)";
            } catch (IOException e) {
                return "not a jar or zip file: " + e.getMessage();
            }
        }
    }
}
