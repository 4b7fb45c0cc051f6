package dev.lawful.classify;

/** The type graph of the codebase last asked about, built once per scan whichever thread asks first. */
final class TypeGraphCache {

    private final ContextReader contexts;
    private final CompiledTaxonomy taxonomy;
    private volatile Memo memo;

    TypeGraphCache(ContextReader contexts, CompiledTaxonomy taxonomy) {
        this.contexts = contexts;
        this.taxonomy = taxonomy;
    }

    TypeGraph of(Codebase codebase) {
        Memo known = memo;
        if (known != null && known.codebase() == codebase) {
            return known.graph();
        }
        synchronized (this) {
            known = memo;
            if (known == null || known.codebase() != codebase) {
                known = new Memo(codebase, TypeGraph.build(codebase, contexts, taxonomy));
                memo = known;
            }
            return known.graph();
        }
    }

    private record Memo(Codebase codebase, TypeGraph graph) {
    }
}
