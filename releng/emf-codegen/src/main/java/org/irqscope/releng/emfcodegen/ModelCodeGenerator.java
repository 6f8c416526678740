// SPDX-License-Identifier: EPL-2.0
package org.irqscope.releng.emfcodegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of org.irqscope.model from its .genmodel without an Eclipse workspace.
 *
 * <pre>
 *   init-genmodel BUNDLE_DIR           writes model/irqscope.genmodel from model/irqscope.ecore
 *   generate      BUNDLE_DIR OUT_DIR   writes the model code into OUT_DIR (the caller compares or copies it)
 * </pre>
 *
 * Without JDT there is no merging: every run writes every file from scratch, so src-gen/ must stay generated-only.
 */
public final class ModelCodeGenerator {
    static final String PROJECT = "org.irqscope.model";
    private static final String OUTPUT_PROJECT = "irqscope-codegen-output";
    private static final String ECORE = "model/irqscope.ecore";
    private static final String GENMODEL = "model/irqscope.genmodel";
    static final String SPDX = "SPDX-License-Identifier: EPL-2.0";

    private ModelCodeGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("init-genmodel")) {
            initGenModel(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: init-genmodel BUNDLE_DIR | generate BUNDLE_DIR OUT_DIR");
            System.exit(2);
        }
    }

    private static ResourceSet resourceSet(Path bundle, Path out) {
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put("xmi", new XMIResourceFactoryImpl());
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // platform:/resource/<project>/ is how the genmodel names its own files and output folder.
        EcorePlugin.getPlatformResourceMap().put(PROJECT, folderUri(bundle));
        if (out != null) {
            EcorePlugin.getPlatformResourceMap().put(OUTPUT_PROJECT, folderUri(out));
        }
        // Ecore.genmodel (for EDiagnosticChain, EMap, the primitive types) lives in the ecore jar.
        String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
                URI.createURI("jar:" + ecoreJar + "!/"));
        return new ResourceSetImpl();
    }

    private static URI folderUri(Path folder) {
        return URI.createFileURI(folder.toAbsolutePath().normalize() + "/");
    }

    private static URI inProject(String path) {
        return URI.createPlatformResourceURI(PROJECT + "/" + path, true);
    }

    static void initGenModel(Path bundle) throws IOException {
        ResourceSet rs = resourceSet(bundle, null);
        EPackage ePackage = (EPackage) rs.getResource(inProject(ECORE), true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setModelName("Irqscope");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setCopyrightText(SPDX);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        // Standalone, the formatter formats nothing and would switch off the tab and brace conversion.
        genModel.setCodeFormatting(false);
        genModel.setOperationReflection(true);
        genModel.setUpdateClasspath(false);
        genModel.initialize(Collections.singleton(ePackage));
        genModel.getForeignModel().add("irqscope.ecore");
        Resource ecoreGenModel = rs.getResource(
                URI.createURI("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel"), true);
        GenModel ecoreModel = (GenModel) ecoreGenModel.getContents().get(0);
        genModel.getUsedGenPackages().addAll(ecoreModel.getGenPackages());
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.irqscope");
        genPackage.setPrefix("Irqscope");
        genPackage.setDisposableProviderFactory(true);
        Resource resource = rs.createResource(inProject(GENMODEL));
        resource.getContents().add(genModel);
        resource.save(Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
        // EMF writes no comments; the licence line goes right after the XML declaration.
        Path file = bundle.resolve(GENMODEL);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int endOfDeclaration = text.indexOf("?>\n") + 3;
        Files.writeString(file, text.substring(0, endOfDeclaration) + "<!-- " + SPDX + " -->\n"
                + text.substring(endOfDeclaration), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    static void generate(Path bundle, Path out) throws IOException {
        ResourceSet rs = resourceSet(bundle, out);
        GenModel genModel = (GenModel) rs.getResource(inProject(GENMODEL), true).getContents().get(0);
        EPackage ePackage = genModel.getGenPackages().get(0).getEcorePackage();
        int genClassifiers = genModel.getGenPackages().get(0).getGenClassifiers().size();
        if (ePackage.getEClassifiers().size() != genClassifiers) {
            throw new IllegalStateException("the genmodel lists " + genClassifiers + " classifiers but the ecore has "
                    + ePackage.getEClassifiers().size() + ": run generate.sh --init-genmodel");
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        // Redirect only in memory: the checked-in genmodel keeps /org.irqscope.model/src-gen.
        genModel.setModelDirectory("/" + OUTPUT_PROJECT + "/src-gen");
        Generator generator = new Generator() {
            @Override
            public JControlModel getJControlModel() {
                if (jControlModel == null) {
                    // Never merge: merging needs JDT's AST (ASTFacadeHelper), which is not on the classpath.
                    jControlModel = new JControlModel() {
                        @Override
                        public boolean canMerge() {
                            return false;
                        }
                    };
                    jControlModel.setLeadingTabReplacement("    ");
                    jControlModel.setConvertToStandardBraceStyle(true);
                }
                return jControlModel;
            }
        };
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + describe(result));
        }
        normalizeHeaders(out.resolve("src-gen"));
    }

    private static String describe(Diagnostic d) {
        StringBuilder sb = new StringBuilder(String.valueOf(d.getMessage()));
        if (d.getException() != null) {
            sb.append(" (").append(d.getException()).append(')');
        }
        for (Diagnostic child : d.getChildren()) {
            sb.append("\n  ").append(describe(child));
        }
        return sb.toString();
    }

    /**
     * The templates wrap the copyright text in a doc comment; the project's header is a line comment, and a doc
     * comment before {@code package} is what javac's dangling-doc-comments lint reports.
     */
    static void normalizeHeaders(Path srcGen) throws IOException {
        String docHeader = "/**\n * " + SPDX + "\n */\n";
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(srcGen)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith(docHeader)) {
                throw new IllegalStateException(file + " does not start with the SPDX copyright header");
            }
            text = "// " + SPDX + "\n" + text.substring(docHeader.length());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
