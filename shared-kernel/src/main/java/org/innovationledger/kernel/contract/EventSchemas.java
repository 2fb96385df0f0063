package org.innovationledger.kernel.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON Schema (draft 2020-12) of a published event: exactly the JSON the ledger's event serializer (Axon's
 * JacksonSerializer with the application's ObjectMapper) writes for the record, so that an integrator can validate
 * the {@code data} of an event's CloudEvent. The files made from it ship in this jar under {@value #DIRECTORY}.
 * <p>
 * How Java becomes JSON (as Jackson serializes it; the properties are the ones Jackson's own introspection finds,
 * so {@code @JsonIgnore}, {@code @JsonProperty} and {@code @JsonValue} count):
 * <ul>
 *   <li>a kernel id ({@code @JsonValue} record) is a string; a {@code @JsonValue} of type Object (IndicatorValue)
 *       is whichever of its components it writes, e.g. a boolean or a number;</li>
 *   <li>an enum is a string with the constants as {@code enum};</li>
 *   <li>any other kernel record is an object under {@code $defs} (by simple name), referenced with {@code $ref};</li>
 *   <li>List is an array, Set an array with {@code uniqueItems}, Map an object with {@code additionalProperties};</li>
 *   <li>LocalDate is a string of format date, Instant and the zoned date-times one of format date-time (the
 *       application's mapper writes dates as ISO text); BigDecimal, double and float are numbers (exact decimals,
 *       never quoted), int, long and BigInteger integers, boolean booleans.</li>
 * </ul>
 * Nullability. The kernel has no nullability marker, and the event records check nothing themselves (their commands
 * and aggregates do), so the rule is: every property is {@code required}, because the serializer writes every
 * component, a missing one as {@code null}; a component may be null unless it is of a primitive type or its
 * record's constructor refuses null for it unconditionally, as the {@link SourceFacts} tell (value records such as
 * Money or PartyPosition do; the event records themselves never do, so their reference-typed components all allow
 * {@code null}, the safe side: the schema never refuses an event the ledger can write). Items of arrays
 * and values of maps are never null (the kernel copies collections with List.copyOf, Set.copyOf and EnumSets, which
 * refuse null). Every object is closed ({@code additionalProperties: false}): a new field is a new revision, which
 * {@code EventContractTest} enforces, and a new revision is a new type with its own schema.
 * <p>
 * The output is deterministic: properties in the serializer's order, {@code $defs} by name, two-space indentation,
 * a trailing newline.
 */
public final class EventSchemas {

    /** Where the schema files and their index lie on the classpath (in this jar). */
    public static final String DIRECTORY = "contract/schemas/";
    public static final String INDEX = "index.json";
    public static final String FILE_SUFFIX = ".schema.json";
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter PRETTY = MAPPER.writer(printer());

    private EventSchemas() {
    }

    /**
     * What the compiled classes do not tell: a record's summary (its first Javadoc sentence) and whether its
     * constructor refuses null for a component. The build's generator reads them from the kernel's sources.
     */
    public interface SourceFacts {

        /** Nothing known: no summaries, and every component of a reference type may be null. */
        SourceFacts NONE = new SourceFacts() {
        };

        default String summary(Class<?> record) {
            return null;
        }

        default boolean refusesNull(Class<?> record, String component) {
            return false;
        }
    }

    /** The schema from the classes alone (see {@link SourceFacts#NONE}). */
    public static ObjectNode schema(Class<?> eventType) {
        return schema(eventType, SourceFacts.NONE);
    }

    public static ObjectNode schema(Class<?> eventType, SourceFacts facts) {
        String type = CloudEventTypes.of(eventType);
        if (!eventType.isRecord()) {
            throw new IllegalArgumentException(eventType.getName() + " is not a record");
        }
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", CloudEventTypes.schemaId(eventType));
        schema.put("title", eventType.getSimpleName());
        String what = "Data of the " + type + " CloudEvent";
        String summary = facts.summary(eventType);
        schema.put("description", summary == null || summary.isBlank() ? what : what + ": " + summary.strip());
        Definitions definitions = new Definitions(facts);
        schema.setAll(definitions.object(MAPPER.constructType(eventType)));
        if (!definitions.byName.isEmpty()) {
            ObjectNode defs = schema.putObject("$defs");
            definitions.byName.forEach(defs::set);
        }
        return schema;
    }

    /** The file name of an event's schema: its CloudEvents type plus {@value #FILE_SUFFIX}. */
    public static String fileName(Class<?> eventType) {
        return CloudEventTypes.of(eventType) + FILE_SUFFIX;
    }

    /** The index of the schema files: {@code {"schemas": [{type, name, revision, schemaId, file}, ...]}} by type. */
    public static ObjectNode index(Collection<Class<?>> eventTypes) {
        ObjectNode index = NODES.objectNode();
        ArrayNode schemas = index.putArray("schemas");
        eventTypes.stream().sorted(Comparator.comparing(CloudEventTypes::of)).forEach(eventType -> schemas.addObject()
                .put("type", CloudEventTypes.of(eventType))
                .put("name", eventType.getSimpleName())
                .put("revision", CloudEventTypes.revision(eventType))
                .put("schemaId", CloudEventTypes.schemaId(eventType))
                .put("file", fileName(eventType)));
        return index;
    }

    /** The published text of a schema or index: pretty printed, with a trailing newline. */
    public static String text(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** The kernel records one schema refers to, under their simple names. */
    private static final class Definitions {

        private final SortedMap<String, ObjectNode> byName = new TreeMap<>();
        private final Map<String, Class<?>> owners = new TreeMap<>();
        private final SourceFacts facts;

        Definitions(SourceFacts facts) {
            this.facts = facts;
        }

        /** An object schema of a record's (or bean's) serialized properties. */
        ObjectNode object(JavaType type) {
            ObjectNode schema = NODES.objectNode();
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = schema.putArray("required");
            Class<?> owner = type.getRawClass();
            for (BeanPropertyDefinition property : serialized(type)) {
                JavaType propertyType = property.getPrimaryType();
                boolean nullable = !propertyType.isPrimitive()
                        && !facts.refusesNull(owner, property.getInternalName());
                properties.set(property.getName(), value(propertyType, nullable,
                        owner.getSimpleName() + "." + property.getName()));
                required.add(property.getName());
            }
            schema.put("additionalProperties", false);
            return schema;
        }

        /** The schema of one value; {@code where} names it in errors. */
        private ObjectNode value(JavaType type, boolean nullable, String where) {
            ObjectNode schema = nonNull(type, where);
            return nullable ? orNull(schema) : schema;
        }

        private ObjectNode nonNull(JavaType type, String where) {
            Class<?> raw = type.getRawClass();
            ObjectNode scalar = scalar(raw);
            if (scalar != null) {
                return scalar;
            }
            if (raw.isEnum()) {
                ObjectNode schema = NODES.objectNode().put("title", raw.getSimpleName()).put("type", "string");
                ArrayNode constants = schema.putArray("enum");
                for (Object constant : raw.getEnumConstants()) {
                    constants.add(enumName((Enum<?>) constant));
                }
                return schema;
            }
            if (type.isArrayType() || type.isCollectionLikeType()) {
                ObjectNode schema = NODES.objectNode().put("type", "array");
                schema.set("items", value(type.getContentType(), false, where + "[]"));
                if (Set.class.isAssignableFrom(raw)) {
                    schema.put("uniqueItems", true);
                }
                return schema;
            }
            if (type.isMapLikeType()) {
                ObjectNode schema = NODES.objectNode().put("type", "object");
                schema.set("additionalProperties", value(type.getContentType(), false, where + "{}"));
                return schema;
            }
            if (raw == Object.class || raw.isInterface() || raw.getName().startsWith("java.")) {
                throw new IllegalArgumentException("cannot describe " + type + " of " + where);
            }
            BeanDescription bean = MAPPER.getSerializationConfig().introspect(type);
            AnnotatedMember jsonValue = bean.findJsonValueAccessor();
            if (jsonValue != null) {
                ObjectNode schema = jsonValue.getRawType() == Object.class ? anyOfComponents(type, where)
                        : nonNull(jsonValue.getType(), where);
                return NODES.objectNode().put("title", raw.getSimpleName()).setAll(schema);
            }
            return reference(type);
        }

        /** A {@code $ref} to the record's definition, made once per schema. */
        private ObjectNode reference(JavaType type) {
            Class<?> raw = type.getRawClass();
            String name = raw.getSimpleName();
            Class<?> owner = owners.putIfAbsent(name, raw);
            if (owner != null && owner != raw) {
                throw new IllegalStateException("two kernel types share the simple name " + name + ": "
                        + owner.getName() + " and " + raw.getName());
            }
            if (owner == null) {
                ObjectNode definition = NODES.objectNode().put("title", name);
                String summary = facts.summary(raw);
                if (summary != null && !summary.isBlank()) {
                    definition.put("description", summary.strip());
                }
                byName.put(name, definition.setAll(object(type)));
            }
            return NODES.objectNode().put("$ref", "#/$defs/" + name);
        }

        /** A {@code @JsonValue} of type Object writes one of the record's components: any of their types. */
        private ObjectNode anyOfComponents(JavaType type, String where) {
            Set<String> types = new LinkedHashSet<>();
            for (BeanPropertyDefinition property : MAPPER.getSerializationConfig().introspect(type).findProperties()) {
                JsonNode componentType = nonNull(property.getPrimaryType(), where).get("type");
                if (componentType == null || !componentType.isTextual()) {
                    throw new IllegalArgumentException("cannot describe the @JsonValue of " + where);
                }
                types.add(componentType.asText());
            }
            ObjectNode schema = NODES.objectNode();
            ArrayNode union = schema.putArray("type");
            types.forEach(union::add);
            return schema;
        }

        private static List<BeanPropertyDefinition> serialized(JavaType type) {
            return MAPPER.getSerializationConfig().introspect(type).findProperties().stream()
                    .filter(BeanPropertyDefinition::couldSerialize).toList();
        }
    }

    private static ObjectNode scalar(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (raw == LocalDate.class) {
            return NODES.objectNode().put("type", "string").put("format", "date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return NODES.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == UUID.class) {
            return NODES.objectNode().put("type", "string").put("format", "uuid");
        }
        return null;
    }

    /** The schema that also allows null: "null" joins the type (and the enum), a reference goes into anyOf. */
    private static ObjectNode orNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            ObjectNode either = NODES.objectNode();
            either.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
            return either;
        }
        ArrayNode types = NODES.arrayNode();
        if (type.isArray()) {
            types.addAll((ArrayNode) type);
        } else {
            types.add(type);
        }
        types.add("null");
        schema.set("type", types);
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }

    private static String enumName(Enum<?> constant) {
        try {
            JsonProperty renamed = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(JsonProperty.class);
            return renamed == null || renamed.value().isEmpty() ? constant.name() : renamed.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
