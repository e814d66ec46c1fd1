package org.isms4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A walk over the public API of one isms4j module: every public constructor and method of every
 * public type of the packages its {@code module-info.java} exports, called with sample arguments,
 * for the tests of the null policy (each reference parameter given null in turn must throw a
 * {@link NullPointerException} naming the parameter) and of echoed input (a long hostile text in
 * each text parameter must give a short, one-line message).
 *
 * <p>Samples come from the values a test registers, then from what the API gives itself: every
 * public static field and static method without parameters of the walked types (such as
 * {@code RiskModel.standard()}), then, twice over, every method without parameters of the samples
 * found (such as {@code register.risks()}, the first element of a list and the value of an
 * optional included). A text is {@code 5.12}, a number 1, a date 2023-10-02, a collection empty.
 * The parameter names come from the class files (the build compiles with {@code -parameters}).
 *
 * <p>This class is mutable and not thread-safe; each test makes its own.
 */
public final class ApiWalker {

    /** The text a parameter gets unless it is the one under test: an Annex A control id. */
    public static final String TEXT = "5.12";

    /** Control characters, a line separator, a lone surrogate and a million characters more. */
    public static final String HOSTILE = "5.12\r\nINFO forged log line\u0000\u2028\uD800" + "x".repeat(1_000_000);

    /** The longest message the walk allows for the {@link #HOSTILE} text. */
    public static final int MESSAGE_BOUND = 1000;

    private final List<Class<?>> types;
    private final Map<Class<?>, Object> samples = new LinkedHashMap<>();

    private ApiWalker(List<Class<?>> types) {
        this.types = types;
    }

    /**
     * Returns a walker over the module whose sources and classes are under a directory, such as
     * {@code Path.of("")} for the module a test runs in.
     *
     * @param module the module's directory, with {@code src/main/java/module-info.java} and
     *     {@code target/classes}
     * @return the walker, not null
     */
    public static ApiWalker ofModule(Path module) {
        List<String> packages = exportedPackages(module.resolve("src/main/java/module-info.java"));
        Path classes = module.resolve("target/classes");
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
                    if (Modifier.isPublic(type.getModifiers())) {
                        types.add(type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        ApiWalker walker = new ApiWalker(types);
        walker.sample(String.class, TEXT);
        walker.sample(CharSequence.class, TEXT);
        walker.sample(Object.class, TEXT);
        walker.sample(LocalDate.class, LocalDate.of(2023, 10, 2));
        walker.sample(Year.class, Year.of(2023));
        walker.sample(Instant.class, Instant.parse("2023-10-02T00:00:00Z"));
        walker.sample(Clock.class, Clock.fixed(Instant.parse("2023-10-02T00:00:00Z"), ZoneOffset.UTC));
        walker.sample(Locale.class, Locale.JAPANESE);
        walker.sample(Optional.class, Optional.empty());
        walker.sample(List.class, List.of());
        walker.sample(Collection.class, List.of());
        walker.sample(Iterable.class, List.of());
        walker.sample(Set.class, Set.of());
        walker.sample(Map.class, Map.of());
        walker.sample(Path.class, Path.of(System.getProperty("java.io.tmpdir"), "isms4j-walk", "absent"));
        walker.sample(java.nio.charset.Charset.class, StandardCharsets.UTF_8);
        walker.sample(int[].class, new int[] {1});
        walker.sample(int[][].class, new int[][] {{1}});
        return walker;
    }

    private static List<String> exportedPackages(Path moduleInfo) {
        try {
            String source = Files.readString(moduleInfo);
            Matcher exports = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(source);
            List<String> packages = new ArrayList<>();
            while (exports.find()) {
                packages.add(exports.group(1));
            }
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registers a sample of a type, used before any found by the walk; it serves its supertypes
     * too unless they have one.
     *
     * @param <T> the type
     * @param type the type, not null
     * @param sample the sample, not null
     * @return this walker
     */
    public <T> ApiWalker sample(Class<T> type, T sample) {
        samples.put(type, sample);
        return this;
    }

    /**
     * Returns the public types walked.
     *
     * @return the types, not null
     */
    public List<Class<?>> types() {
        return List.copyOf(types);
    }

    /**
     * Returns every public constructor and method of the walked types declared by isms4j's types
     * (not inherited from the JDK or from a library, such as Jackson's {@code SimpleModule}), except
     * an enum's {@code values} and {@code valueOf}.
     *
     * @return the executables, in a stable order, not null
     */
    public List<Executable> executables() {
        List<Executable> all = new ArrayList<>();
        for (Class<?> type : types) {
            List<Executable> own = new ArrayList<>();
            if (!Modifier.isAbstract(type.getModifiers())) {
                own.addAll(List.of(type.getConstructors()));
            }
            for (Method method : type.getMethods()) {
                Class<?> owner = method.getDeclaringClass();
                if (!owner.getName().startsWith("org.isms4j.") || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                if (type.isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"))) {
                    continue;
                }
                if (Modifier.isStatic(method.getModifiers()) && owner != type) {
                    continue;
                }
                own.add(method);
            }
            own.sort(Comparator.comparing(ApiWalker::name));
            all.addAll(own);
        }
        return all;
    }

    /**
     * Returns the name of an executable as the tests' lists of skips name it, such as
     * {@code RiskModel.withId(String)}.
     *
     * @param executable the executable
     * @return the name
     */
    public static String name(Executable executable) {
        String params = Stream.of(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        String method = executable instanceof Constructor ? "<init>" : executable.getName();
        return executable.getDeclaringClass().getSimpleName() + "." + method + "(" + params + ")";
    }

    /** Fills the samples from the API itself: static values, then values of values, twice. */
    private void harvest() {
        if (samples.containsKey(ApiWalker.class)) {
            return;
        }
        samples.put(ApiWalker.class, this);
        List<Object> found = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isEnum()) {
                found.add(type.getEnumConstants()[0]);
            }
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    try {
                        found.add(field.get(null));
                    } catch (IllegalAccessException e) {
                        // not a sample
                    }
                }
            }
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0) {
                    found.add(quietly(method, null));
                }
            }
        }
        found.addAll(samples.values());
        found = unwrap(found);
        for (int round = 0; round < 3; round++) {
            List<Object> next = new ArrayList<>();
            for (Object value : found) {
                if (!isWalked(value.getClass())) {
                    continue;
                }
                for (Method method : value.getClass().getMethods()) {
                    if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                            && !method.getDeclaringClass().getName().startsWith("java.")
                            && !method.getName().startsWith("new")) {
                        next.add(quietly(method, value));
                    }
                }
            }
            for (Object value : found) {
                keep(value);
            }
            found = unwrap(next);
        }
        for (Object value : found) {
            keep(value);
        }
    }

    /** The values themselves, an optional's value, a collection's first element, a map's first entry. */
    private static List<Object> unwrap(List<Object> values) {
        List<Object> unwrapped = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Optional) {
                value = ((Optional<?>) value).orElse(null);
            }
            if (value instanceof Collection && !((Collection<?>) value).isEmpty()) {
                value = ((Collection<?>) value).iterator().next();
            }
            if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
                Map.Entry<?, ?> entry = ((Map<?, ?>) value).entrySet().iterator().next();
                if (entry.getKey() != null) {
                    unwrapped.add(entry.getKey());
                }
                value = entry.getValue();
            }
            if (value != null) {
                unwrapped.add(value);
            }
        }
        return unwrapped;
    }

    private boolean isWalked(Class<?> type) {
        for (Class<?> walked : types) {
            if (walked.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private void keep(Object value) {
        for (Class<?> type : supertypes(value.getClass())) {
            samples.putIfAbsent(type, value);
        }
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(c);
            addInterfaces(c, all);
        }
        return all;
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> all) {
        for (Class<?> i : type.getInterfaces()) {
            if (all.add(i)) {
                addInterfaces(i, all);
            }
        }
    }

    private static Object quietly(Method method, Object target) {
        try {
            method.setAccessible(true);
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Returns a sample of a type: registered, found, an enum's first constant, the default of a
     * primitive, an empty array; or empty when the walk has none.
     *
     * @param type the type
     * @return the sample, or empty
     */
    public Optional<Object> sampleOf(Class<?> type) {
        harvest();
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return Optional.of(type == int.class ? (Object) 1 : type == long.class ? (Object) 1L
                    : type == short.class ? (Object) (short) 1 : (Object) (byte) 1);
        }
        if (type == double.class || type == float.class) {
            return Optional.of(type == double.class ? (Object) 1.0 : (Object) 1.0f);
        }
        if (type == boolean.class) {
            return Optional.of(false);
        }
        if (type == char.class) {
            return Optional.of('a');
        }
        if (type == Integer.class) {
            return Optional.of(1);
        }
        if (samples.containsKey(type)) {
            return Optional.of(samples.get(type));
        }
        if (type.isEnum()) {
            return Optional.of(type.getEnumConstants()[0]);
        }
        if (type.isArray()) {
            return Optional.of(Array.newInstance(type.getComponentType(), 0));
        }
        return Optional.empty();
    }

    /**
     * A call of an executable with sample arguments, one of them replaced.
     *
     * @param executable the executable
     * @param receiver the object called, null for a static method or constructor
     * @param arguments the arguments
     */
    public record Call(Executable executable, Object receiver, Object[] arguments) {

        /**
         * Makes the call.
         *
         * @return what it threw, or empty if it returned
         */
        public Optional<Throwable> thrown() {
            try {
                executable.setAccessible(true);
                if (executable instanceof Constructor) {
                    ((Constructor<?>) executable).newInstance(arguments);
                } else {
                    ((Method) executable).invoke(receiver, arguments);
                }
                return Optional.empty();
            } catch (InvocationTargetException e) {
                return Optional.of(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name(executable), e);
            }
        }
    }

    /**
     * Returns the call of an executable with one argument replaced and samples for the others and
     * for the receiver, or empty when the walk has no sample for one of them.
     *
     * @param executable the executable
     * @param index the argument replaced
     * @param value its value, may be null
     * @return the call, or empty
     */
    public Optional<Call> call(Executable executable, int index, Object value) {
        Object receiver = null;
        if (executable instanceof Method && !Modifier.isStatic(executable.getModifiers())) {
            Optional<Object> sample = sampleOf(executable.getDeclaringClass());
            if (sample.isEmpty()) {
                return Optional.empty();
            }
            receiver = sample.get();
        }
        Parameter[] parameters = executable.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (i == index) {
                arguments[i] = value;
                continue;
            }
            Optional<Object> sample = sampleOf(parameters[i].getType());
            if (sample.isEmpty()) {
                return Optional.empty();
            }
            arguments[i] = sample.get();
        }
        return Optional.of(new Call(executable, receiver, arguments));
    }

    /**
     * Returns the names of the types the walk has no sample of, for a test to register some.
     *
     * @return the names, sorted, not null
     */
    public Set<String> missingSamples() {
        Set<String> missing = new TreeSet<>();
        for (Executable executable : executables()) {
            if (executable instanceof Method && !Modifier.isStatic(executable.getModifiers())
                    && sampleOf(executable.getDeclaringClass()).isEmpty()) {
                missing.add(executable.getDeclaringClass().getName());
            }
            for (Class<?> type : executable.getParameterTypes()) {
                if (sampleOf(type).isEmpty()) {
                    missing.add(type.getName());
                }
            }
        }
        return missing;
    }

    /**
     * Passes null to each reference parameter of each executable in turn, the other arguments
     * samples, and returns each call that does not throw a {@link NullPointerException} whose
     * message is the parameter's name (or starts with it and a space).
     *
     * @param nullable the parameters documented as nullable, each as {@code name(executable)}
     *     followed by {@code #} and the parameter's name, such as {@code Risk.of(int)#cause}
     * @return the violations, one line each, not null
     */
    public List<String> nullPolicyViolations(Set<String> nullable) {
        List<String> violations = new ArrayList<>();
        for (Executable executable : executables()) {
            if (executable.getName().equals("equals") && executable.getParameterCount() == 1) {
                continue; // Object.equals(null) is false by its contract
            }
            Parameter[] parameters = executable.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (!parameters[i].isNamePresent()) {
                    // A class rewritten by an agent (Jazzer's, in a module with fuzz tests) loses
                    // its parameter names: the walk cannot tell whether the name is right.
                    violations.add(name(executable) + "#" + i + ": no parameter name in the class file");
                    continue;
                }
                String parameter = parameters[i].getName();
                if (parameters[i].getType().isPrimitive() || nullable.contains(name(executable) + "#" + parameter)) {
                    continue;
                }
                Optional<Call> call = call(executable, i, null);
                if (call.isEmpty()) {
                    continue;
                }
                Optional<Throwable> thrown = call.get().thrown();
                String message = thrown.map(Throwable::getMessage).orElse(null);
                boolean named = message != null && (message.equals(parameter) || message.startsWith(parameter + " "));
                if (thrown.isEmpty() || !(thrown.get() instanceof NullPointerException) || !named) {
                    violations.add(name(executable) + "#" + parameter + ": "
                            + thrown.map(t -> t.getClass().getSimpleName() + " " + t.getMessage()).orElse("returned"));
                }
            }
        }
        return violations;
    }

    /**
     * Passes a hostile text to each text parameter of each executable in turn, the other
     * arguments samples, and returns each call whose exception, or a cause of it, has a message
     * longer than a bound or one with a line break, another control character, a line or
     * paragraph separator or a lone surrogate.
     *
     * @param hostile the text, such as a million characters after {@code 5.12\r\n}
     * @param bound the longest message allowed
     * @return the violations, one line each, not null
     */
    public List<String> echoViolations(String hostile, int bound) {
        List<String> violations = new ArrayList<>();
        for (Executable executable : executables()) {
            Class<?>[] parameters = executable.getParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] != String.class && parameters[i] != CharSequence.class) {
                    continue;
                }
                Optional<Call> call = call(executable, i, hostile);
                if (call.isEmpty()) {
                    continue;
                }
                for (Throwable t = call.get().thrown().orElse(null); t != null; t = t.getCause()) {
                    String message = t.getMessage();
                    if (message != null && (message.length() > bound || !isOneClean(message))) {
                        violations.add(name(executable) + "#" + i + ": " + t.getClass().getSimpleName() + " of "
                                + message.length() + " characters: "
                                + message.substring(0, Math.min(80, message.length())).replaceAll("\\p{Cntrl}", "^"));
                    }
                }
            }
        }
        return violations;
    }

    /** Whether a message is one line of text: no control character, separator or lone surrogate. */
    private static boolean isOneClean(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < ' ' || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < message.length()
                    && Character.isLowSurrogate(message.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
