/**
 * The app takes routes and constants from its generated zod-free copies of the contracts (src/contracts,
 * build-tools/lean-contracts.ts); the few pages that run a schema import that contract itself, and this plugin
 * keeps what else comes with it small. The shared contracts (`shared/src/contracts/*.ts`)
 * define every route with its zod schemas; the app needs only a route's method, path and whether it
 * needs a session (see src/services/api.ts). In the app's builds (H5 and weapp) this plugin
 *  - drops every property of `defineRoute({...})` but `method`, `path`, `auth` and `status`, and
 *  - marks every call made while a contract module loads as pure (`/*#__PURE__*\/`), and wraps a top-level
 *    property read (`X.shape.code`) in an arrow call marked pure, so the minifier
 *    removes schemas nothing uses any more, and webpack then drops zod (it has no side effects).
 * Schemas the app really runs (e.g. `formDataSchemaFor` of the apply form, called inside a function)
 * keep zod in that page's chunk only. Types are unaffected: TypeScript still reads the full contracts.
 */
const CONTRACTS = /[\\/]shared[\\/]src[\\/](contracts[\\/][^\\/]+|errors)\.ts$/;
const KEEP = new Set(['method', 'path', 'auth', 'status']);

module.exports = function leanContracts({ types: t }) {
  const inContracts = (state) => CONTRACTS.test(state.filename ?? '');
  return {
    name: 'zsb-lean-contracts',
    visitor: {
      VariableDeclarator(path, state) {
        if (!inContracts(state) || path.getFunctionParent()) return;
        // `X.shape.code`: a property read the minifier would keep (getters); a pure arrow call it can drop.
        const init = path.node.init;
        if (!init || !(t.isMemberExpression(init) || t.isOptionalMemberExpression(init))) return;
        const wrapped = t.callExpression(t.arrowFunctionExpression([], path.node.init), []);
        t.addComment(wrapped, 'leading', '#__PURE__');
        path.get('init').replaceWith(wrapped);
      },
      CallExpression(path, state) {
        if (!inContracts(state)) return;
        // Only calls made at load time: those not inside any function.
        if (path.getFunctionParent()) return;
        const { node } = path;
        if (t.isIdentifier(node.callee, { name: 'defineRoute' }) && t.isObjectExpression(node.arguments[0])) {
          node.arguments[0].properties = node.arguments[0].properties.filter(
            (p) => t.isObjectProperty(p) && t.isIdentifier(p.key) && KEEP.has(p.key.name),
          );
        }
        if (!(node.leadingComments ?? []).some((c) => c.value.includes('__PURE__'))) path.addComment('leading', '#__PURE__');
      },
    },
  };
};
