package dev.lawful.scan.bytecode;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ClassTypeSignature;
import io.github.classgraph.FieldInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link TypeInfo} from a class parsed by ClassGraph, in the same shape the source
 * scanner produces, so that both run through the same classifier.
 */
final class TypeInfoReader {

    /** Supertypes that source code does not write: implicit for classes, records, enums, annotations. */
    private static final Set<String> IMPLICIT_SUPERTYPES = Set.of(
            "java.lang.Object", "java.lang.Record", "java.lang.Enum", "java.lang.annotation.Annotation");

    private TypeInfoReader() {
    }

    static TypeInfo read(ClassInfo classInfo, String file) {
        String qualifiedName = qualifiedName(classInfo);
        List<CodeElement> fields = new ArrayList<>();
        for (FieldInfo field : classInfo.getDeclaredFieldInfo()) {
            if (isWrittenInSource(field)) {
                fields.add(element(qualifiedName, classInfo.isRecord(), field, file));
            }
        }
        return new TypeInfo(
                qualifiedName,
                classInfo.getSimpleName(),
                kind(classInfo),
                superclass(classInfo),
                interfaces(classInfo),
                AnnotationUses.of(classInfo.getAnnotationInfo().directOnly()),
                null,
                fields);
    }

    /** Whether the type is one a developer wrote: not anonymous, local, synthetic or module/package info. */
    static boolean isDeclaredType(ClassInfo classInfo) {
        String name = classInfo.getName();
        return !classInfo.isAnonymousInnerClass()
                && !classInfo.isSynthetic()
                && !name.endsWith(".package-info")
                && !"module-info".equals(name)
                && !classInfo.getSimpleName().isEmpty()
                && !Character.isDigit(classInfo.getSimpleName().charAt(0));
    }

    /** Binary names use '$' for nesting; the model uses dots ({@code com.shop.Order.Line}). */
    static String qualifiedName(ClassInfo classInfo) {
        String name = classInfo.getName();
        if (!classInfo.isInnerClass()) {
            return name;
        }
        String packageName = classInfo.getPackageName();
        String inPackage = packageName.isEmpty() ? name : name.substring(packageName.length() + 1);
        String nested = SourceFormTypes.className(inPackage);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    /**
     * Compiler-made fields have no place in the inventory: synthetic ones ({@code this$0},
     * {@code $VALUES}, {@code $assertionsDisabled}), enum constants (the source scanner does
     * not list them either) and {@code serialVersionUID}. A '$' in a name marks a field made
     * by a tool (JaCoCo, Hibernate enhancement) even when it is not flagged synthetic.
     */
    private static boolean isWrittenInSource(FieldInfo field) {
        String name = field.getName();
        return !field.isSynthetic()
                && !field.isEnum()
                && name.indexOf('$') < 0
                && !"serialVersionUID".equals(name);
    }

    private static CodeElement element(String className, boolean record, FieldInfo field, String file) {
        boolean component = record && !field.isStatic();
        return new CodeElement(
                className,
                field.getName(),
                component ? CodeElement.Kind.RECORD_COMPONENT : CodeElement.Kind.FIELD,
                SourceFormTypes.of(field.getTypeSignatureOrTypeDescriptor()),
                field.isStatic(),
                field.isFinal(),
                AnnotationUses.of(field.getAnnotationInfo()),
                null,
                file,
                0,
                0,
                Origin.BYTECODE);
    }

    private static TypeInfo.Kind kind(ClassInfo classInfo) {
        if (classInfo.isAnnotation()) {
            return TypeInfo.Kind.ANNOTATION;
        }
        if (classInfo.isRecord()) {
            return TypeInfo.Kind.RECORD;
        }
        if (classInfo.isEnum()) {
            return TypeInfo.Kind.ENUM;
        }
        return classInfo.isInterface() ? TypeInfo.Kind.INTERFACE : TypeInfo.Kind.CLASS;
    }

    private static String superclass(ClassInfo classInfo) {
        ClassTypeSignature signature = classInfo.getTypeSignature();
        if (signature != null && signature.getSuperclassSignature() != null) {
            ClassRefTypeSignature superclass = signature.getSuperclassSignature();
            return IMPLICIT_SUPERTYPES.contains(superclass.getBaseClassName()) ? null : SourceFormTypes.of(superclass);
        }
        ClassInfo superclass = classInfo.getSuperclass();
        if (superclass == null || IMPLICIT_SUPERTYPES.contains(superclass.getName())) {
            return null;
        }
        return SourceFormTypes.className(superclass.getName());
    }

    private static List<String> interfaces(ClassInfo classInfo) {
        ClassTypeSignature signature = classInfo.getTypeSignature();
        List<String> names = new ArrayList<>();
        if (signature != null) {
            for (ClassRefTypeSignature implemented : signature.getSuperinterfaceSignatures()) {
                addUnlessImplicit(implemented.getBaseClassName(), SourceFormTypes.of(implemented), names);
            }
            return names;
        }
        for (ClassInfo implemented : classInfo.getInterfaces().directOnly()) {
            addUnlessImplicit(implemented.getName(), SourceFormTypes.className(implemented.getName()), names);
        }
        return names;
    }

    private static void addUnlessImplicit(String binaryName, String sourceForm, List<String> names) {
        if (!IMPLICIT_SUPERTYPES.contains(binaryName)) {
            names.add(sourceForm);
        }
    }
}
