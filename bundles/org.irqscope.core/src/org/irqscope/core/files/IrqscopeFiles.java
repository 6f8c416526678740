// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.sync.ModelStateReader;
import org.irqscope.core.sync.ModelSync;
import org.irqscope.model.IrqscopeFactory;
import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Machine;
import org.irqscope.model.Recording;
import org.xml.sax.SAXParseException;

/**
 * Saves and loads snapshots and histories as XMI files with the {@code .irqscope} extension. The root is a
 * {@link Recording} with a format version; one snapshot is a recording of one machine.
 *
 * <p>Loading is defensive: the XML parser refuses DOCTYPE declarations, so no external entity or DTD is ever
 * resolved; a corrupt, truncated or newer-format file raises {@link IrqscopeFileException}; and nothing is applied
 * to an open model until the whole file has been read and checked.
 */
public final class IrqscopeFiles {
    public static final String EXTENSION = "irqscope";
    /** The format this version writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** Shared across loads: parsers are costly to create and the pool keys them by the (fixed) features. */
    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl();

    private IrqscopeFiles() {
    }

    /** Saves one snapshot. */
    public static void saveSnapshot(Path file, MachineState state) throws IrqscopeFileException {
        Objects.requireNonNull(state, "machine state");
        saveHistory(file, List.of(state));
    }

    /** Saves snapshots, oldest first (a history, or one snapshot). */
    public static void saveHistory(Path file, List<MachineState> states) throws IrqscopeFileException {
        checkExtension(file);
        if (states.isEmpty()) {
            throw new IrqscopeFileException(file, "nothing to save: no snapshot given");
        }
        Recording recording = newRecording();
        for (MachineState state : states) {
            ModelSync sync = ModelSync.forNewMachine();
            sync.apply(state);
            recording.getMachines().add(sync.machine());
        }
        write(file, recording);
    }

    /** Saves a copy of an open model (the model itself stays where it is, unnotified). */
    public static void saveModel(Path file, Machine machine) throws IrqscopeFileException {
        checkExtension(file);
        Recording recording = newRecording();
        recording.getMachines().add(EcoreUtil.copy(machine));
        write(file, recording);
    }

    /** All snapshots in the file, oldest first. */
    public static List<MachineState> load(Path file) throws IrqscopeFileException {
        Recording recording = read(file);
        List<MachineState> out = new ArrayList<>(recording.getMachines().size());
        int index = 0;
        for (Machine machine : recording.getMachines()) {
            try {
                out.add(ModelStateReader.read(machine));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IrqscopeFileException(file, "snapshot " + index + " is not a valid machine state: "
                        + e.getMessage(), e);
            }
            index++;
        }
        return out;
    }

    /** The newest snapshot in the file. */
    public static MachineState loadSnapshot(Path file) throws IrqscopeFileException {
        List<MachineState> all = load(file);
        return all.get(all.size() - 1);
    }

    /**
     * Reads the file's newest snapshot and applies it to an open model. The file is read and checked completely
     * first, so on any error the model has not been touched.
     */
    public static MachineState loadInto(Path file, ModelSync sync) throws IrqscopeFileException {
        MachineState state = loadSnapshot(file);
        sync.apply(state);
        return state;
    }

    private static Recording newRecording() {
        Recording recording = IrqscopeFactory.eINSTANCE.createRecording();
        recording.setFormatVersion(FORMAT_VERSION);
        recording.setCreatedBy("irqscope");
        return recording;
    }

    private static void checkExtension(Path file) throws IrqscopeFileException {
        Objects.requireNonNull(file, "file");
        if (!file.getFileName().toString().endsWith("." + EXTENSION)) {
            throw new IrqscopeFileException(file, "irqscope files end in ." + EXTENSION);
        }
    }

    /** Writes next to the target and moves into place, so a failed save never leaves half a file behind. */
    private static void write(Path file, Recording recording) throws IrqscopeFileException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(recording);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                resource.save(out, options);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            throw new IrqscopeFileException(file, "cannot be written: " + e.getMessage(), e);
        } finally {
            resource.getContents().clear();
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The save already failed with the real reason; a leftover temporary file is secondary.
                }
            }
        }
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        // An irqscope file never has a DOCTYPE: refusing it outright rules out XXE and entity expansion attacks.
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Unknown elements are recorded instead of aborting, so a newer file is reported by its version number.
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        return options;
    }

    /** Reads and checks the file's recording; touches nothing outside a private resource set. */
    static Recording read(Path file) throws IrqscopeFileException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new IrqscopeFileException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IrqscopeFileException(file, "is not a regular file");
        }
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(IrqscopePackage.eNS_URI, IrqscopePackage.eINSTANCE);
        // XMI can name further documents (xsi:schemaLocation, proxies' hrefs) that EMF would fetch on demand: an
        // irqscope file is self-contained, so every such fetch is refused instead of reading a file or a URL.
        resources.setURIConverter(new ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("irqscope files reference no other resources, but this one names " + uri);
            }
        });
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resources.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IrqscopeFileException(file, explain(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IrqscopeFileException(file, "is not a valid irqscope file: "
                    + resource.getErrors().get(0).getMessage());
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Recording recording)) {
            throw new IrqscopeFileException(file, "is not an irqscope recording (its root is "
                    + (resource.getContents().isEmpty() ? "missing" : describe(resource.getContents().get(0))) + ")");
        }
        int version = recording.getFormatVersion();
        if (version > FORMAT_VERSION) {
            throw new IrqscopeFileException(file, "was written in format version " + version
                    + " by a newer irqscope; this one reads up to version " + FORMAT_VERSION);
        }
        if (version < 1) {
            throw new IrqscopeFileException(file, "has no format version (formatVersion attribute missing or "
                    + version + ")");
        }
        if (!resource.getEObjectToExtensionMap().isEmpty()) {
            EObject where = resource.getEObjectToExtensionMap().keySet().iterator().next();
            throw new IrqscopeFileException(file, "holds elements this format version does not define (inside "
                    + where.eClass().getName() + ")");
        }
        for (var it = EcoreUtil.<EObject>getAllContents(resource, false); it.hasNext();) {
            EObject o = it.next();
            if (o.eIsProxy()) {
                throw new IrqscopeFileException(file, "refers to another document (" + ((InternalEObject) o)
                        .eProxyURI() + "); irqscope files are self-contained and nothing else is read");
            }
        }
        if (recording.getMachines().isEmpty()) {
            throw new IrqscopeFileException(file, "holds no snapshot");
        }
        return recording;
    }

    private static String describe(EObject root) {
        String nsUri = root.eClass().getEPackage() == null ? null : root.eClass().getEPackage().getNsURI();
        return root.eClass().getName() + (IrqscopePackage.eNS_URI.equals(nsUri) ? "" : " in namespace " + nsUri);
    }

    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return describeParseError(sax.getMessage(), sax.getLineNumber(), sax.getColumnNumber());
            }
            if (t instanceof XMIException xmi && xmi.getCause() == null) {
                return describeParseError(xmi.getMessage(), xmi.getLine(), xmi.getColumn());
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.io.CharConversionException) {
            return "is corrupt: not UTF-8 XML (" + message + ")";
        }
        if (message.contains("Package with uri")) {
            return "is not an irqscope file of this version: " + message;
        }
        return "cannot be read: " + message;
    }

    private static String describeParseError(String message, int line, int column) {
        String where = " (line " + line + ", column " + column + ")";
        String m = String.valueOf(message);
        if (m.contains("DOCTYPE")) {
            return "declares a DOCTYPE, which irqscope files never do; refused without resolving any entity" + where;
        }
        if (m.contains("Premature end of file") || m.contains("must start and end within the same entity")
                || m.contains("XML document structures must")) {
            return "is truncated: the XML ends before the recording is complete" + where;
        }
        return "is corrupt: " + m + where;
    }
}
