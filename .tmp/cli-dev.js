"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar10 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar10(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias4;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap7;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar10;
    exports2.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path6) {
      const ctrl = callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visit_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = visit_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path6) {
      const ctrl = await callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visitAsync_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key, node, path6);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path6);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path6);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path6);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path6);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path6);
      return void 0;
    }
    function replaceNode(key, path6, node) {
      const parent = path6[path6.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k = path6[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key, ...rest] = path6;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key, ...rest] = path6;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap7 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap7) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap7 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar2.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field, index] of path6) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path6) => {
      const parent = visit.itemAtPath(cst, path6.slice(0, -1));
      const field = path6[path6.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path6.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar10 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar10;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar2.end) {
            sep3 = scalar2.end;
            sep3.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs6, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs6);
              } else {
                Object.assign(it, { key: fs6, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs6 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs6, sep: [] });
              else if (it.sep)
                this.stack.push(fs6);
              else
                Object.assign(it, { key: fs6, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments2;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document2.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// server/src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  defaultIo: () => defaultIo,
  run: () => run
});
module.exports = __toCommonJS(main_exports);
var fs5 = __toESM(require("fs"));
var path5 = __toESM(require("path"));
var import_worker_threads3 = require("worker_threads");

// server/src/core/config.ts
var CONFIG_FILE_NAMES = [".caselintrc.yaml", ".caselintrc.yml", ".caselintrc.json"];
var DEFAULT_MINIMUM_WEEKS = 6;
function mergeConfigs(...layers) {
  const out = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
    if (layer.adequacy) out.adequacy = { ...out.adequacy, ...layer.adequacy };
    if (layer.drugs) out.drugs = [...out.drugs ?? [], ...layer.drugs];
    if (layer.frameworks) out.frameworks = [...out.frameworks ?? [], ...layer.frameworks];
    if (layer.ketamine) {
      out.ketamine = { ceilings: { ...out.ketamine?.ceilings, ...layer.ketamine.ceilings } };
    }
  }
  return out;
}
function minimumWeeks(config) {
  const w = config.adequacy?.minimum_weeks;
  return typeof w === "number" && w > 0 ? w : DEFAULT_MINIMUM_WEEKS;
}

// server/src/core/dates.ts
var PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
function parsePartialDate(raw) {
  const text = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
  if (typeof text !== "string") {
    return typeof text === "number" && Number.isInteger(text) && text >= 1e3 && text <= 9999 ? [text] : void 0;
  }
  const m = PARTIAL_DATE.exec(text.trim());
  if (!m) return void 0;
  const parts = [Number(m[1])];
  if (m[2] !== void 0) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return void 0;
    parts.push(month);
  }
  if (m[3] !== void 0) {
    const day = Number(m[3]);
    if (day < 1 || day > 31) return void 0;
    parts.push(day);
  }
  return parts;
}
function comparePartialDates(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d;
  }
  return 0;
}
function partialDateDay(parts, side) {
  const [y = 0, month, day] = parts;
  const ms = day !== void 0 ? Date.UTC(y, (month ?? 1) - 1, day) : side === "start" ? Date.UTC(y, (month ?? 1) - 1, 1) : month !== void 0 ? Date.UTC(y, month, 0) : Date.UTC(y, 11, 31);
  return Math.floor(ms / 864e5);
}

// server/src/core/quantity.ts
var DOSE_UNITS = ["mg", "mcg", "g", "mg/day", "mcg/day", "g/day", "mg/kg", "mEq/L", "ng/mL", "kg"];
var TIME_UNITS = ["min", "h", "day", "days", "week", "weeks", "month", "months", "year", "years"];
var WEEKS_PER = {
  min: 1 / (7 * 24 * 60),
  h: 1 / (7 * 24),
  day: 1 / 7,
  days: 1 / 7,
  week: 1,
  weeks: 1,
  month: 4.345,
  months: 4.345,
  year: 52.18,
  years: 52.18
};
var MINUTES_PER = {
  min: 1,
  h: 60,
  day: 1440,
  days: 1440,
  week: 10080,
  weeks: 10080,
  month: 4.345 * 10080,
  months: 4.345 * 10080,
  year: 52.18 * 10080,
  years: 52.18 * 10080
};
var QUANTITY = /^(\d+(?:\.\d+)?) (\S+)$/;
function unitsFor(kind) {
  if (kind === "time") return TIME_UNITS;
  if (kind === "weight") return ["kg"];
  return DOSE_UNITS;
}
function expectedForm(kind) {
  if (kind === "time") return '"<number> <unit>" such as "8 weeks" (units: ' + TIME_UNITS.join(", ") + ")";
  if (kind === "weight") return '"<number> kg" such as "82 kg"';
  return '"<number> <unit>" such as "60 mg/day" (units: ' + DOSE_UNITS.join(", ") + ")";
}
function parseQuantity(raw, kind) {
  if (typeof raw === "number") {
    return { ok: false, reason: `${raw} has no unit; expected ${expectedForm(kind)}` };
  }
  if (typeof raw !== "string") {
    return { ok: false, reason: `expected ${expectedForm(kind)}` };
  }
  const m = QUANTITY.exec(raw);
  const units = unitsFor(kind);
  if (!m) {
    return { ok: false, reason: `"${raw}" is not a quantity; expected ${expectedForm(kind)}` };
  }
  const unit = m[2];
  if (!units.includes(unit)) {
    const ci = units.find((u) => u.toLowerCase() === unit.toLowerCase());
    const hint = ci ? ` (did you mean "${m[1]} ${ci}"?)` : "";
    return { ok: false, reason: `"${raw}": "${unit}" is not a ${kind} unit${hint}; expected ${expectedForm(kind)}` };
  }
  return { ok: true, quantity: { value: Number(m[1]), unit, text: raw } };
}
function toWeeks(q) {
  const f = WEEKS_PER[q.unit];
  return f === void 0 ? void 0 : q.value * f;
}
function toMg(q, weightKg) {
  switch (q.unit) {
    case "mg":
    case "mg/day":
      return q.value;
    case "mcg":
    case "mcg/day":
      return q.value / 1e3;
    case "g":
    case "g/day":
      return q.value * 1e3;
    case "mg/kg":
      return weightKg === void 0 ? void 0 : q.value * weightKg;
    default:
      return void 0;
  }
}
function formatWeeks(weeks) {
  const rounded = Math.round(weeks * 10) / 10;
  return `${rounded} week${rounded === 1 ? "" : "s"}`;
}

// server/src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.starts[lo] ?? 0) };
  }
  offset(pos) {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line] ?? 0;
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }
  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line) {
    const next = this.starts[line + 1];
    if (next === void 0) return this.text.length;
    let end = next;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  range(span) {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
};
function editDistance(a, b, max = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}
function nearest(input, candidates, limit = 3) {
  const needle = input.toLowerCase();
  const max = Math.max(1, Math.min(4, Math.floor(needle.length / 3)));
  const scored = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = editDistance(needle, lc, max);
    if (d > max && needle.length >= 3 && (lc.startsWith(needle) || needle.startsWith(lc))) d = max;
    if (d <= max) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}
function didYouMean(suggestions) {
  if (suggestions.length === 0) return "";
  if (suggestions.length === 1) return `did you mean ${suggestions[0]}?`;
  return `did you mean ${suggestions.slice(0, -1).join(", ")} or ${suggestions[suggestions.length - 1]}?`;
}
function suggestionFixes(span, suggestions) {
  if (!span) return [];
  return suggestions.map((s, i) => ({ title: `Change to ${s}`, edits: [{ start: span.start, end: span.end, newText: s }], preferred: i === 0 }));
}

// server/src/core/knowledge/classes.json
var classes_default = {
  $comment: "The format's class values, their synonyms and whether they count as antidepressants. Drug-specific subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SPARI) live on the drugs in drugs.json.",
  classes: [
    {
      id: "SSRI",
      synonyms: [
        "selective serotonin reuptake inhibitor",
        "selective serotonin reuptake inhibitors",
        "SSRIs"
      ],
      description: "Selective serotonin reuptake inhibitors: block the serotonin transporter; most of the effect comes at the standard starting dose.",
      antidepressant: true
    },
    {
      id: "SNRI",
      synonyms: [
        "serotonin-norepinephrine reuptake inhibitor",
        "serotonin norepinephrine reuptake inhibitor",
        "serotonin-noradrenaline reuptake inhibitor",
        "SNRIs"
      ],
      description: "Serotonin and norepinephrine reuptake inhibitors: block both transporters.",
      antidepressant: true
    },
    {
      id: "TCA",
      synonyms: [
        "tricyclic",
        "tricyclic antidepressant",
        "tricyclics",
        "TCAs"
      ],
      description: "Tricyclic (and some tetracyclic) antidepressants: mixed serotonin and norepinephrine reuptake inhibition with many receptor side effects.",
      antidepressant: true
    },
    {
      id: "MAOI",
      synonyms: [
        "monoamine oxidase inhibitor",
        "MAO inhibitor",
        "MAOIs"
      ],
      description: "Monoamine oxidase inhibitors: block MAO-A and/or MAO-B; irreversible agents need a tyramine-restricted diet.",
      antidepressant: true
    },
    {
      id: "atypical antidepressant",
      synonyms: [
        "atypical",
        "other antidepressant"
      ],
      description: "Antidepressants outside the main reuptake-inhibitor classes: bupropion (NDRI), mirtazapine (NaSSA), trazodone and nefazodone (SARI), agomelatine, tianeptine, reboxetine (NRI), mianserin.",
      antidepressant: true
    },
    {
      id: "serotonin modulator",
      synonyms: [
        "serotonin modulator and stimulator",
        "multimodal antidepressant"
      ],
      description: "Serotonin reuptake inhibition combined with serotonin receptor actions: vilazodone (SPARI), vortioxetine (multimodal); trazodone and nefazodone are accepted here too.",
      antidepressant: true
    },
    {
      id: "NMDA antagonist",
      synonyms: [
        "NMDA receptor antagonist",
        "glutamatergic",
        "glutamate modulator"
      ],
      description: "Glutamatergic rapid-acting agents: ketamine and esketamine (which count as interventions, not antidepressant trials) and dextromethorphan-bupropion.",
      antidepressant: true
    },
    {
      id: "second-generation antipsychotic",
      synonyms: [
        "SGA",
        "atypical antipsychotic",
        "second generation antipsychotic",
        "SGAs",
        "antipsychotic"
      ],
      description: "Second-generation (atypical) antipsychotics, several approved as adjuncts in MDD.",
      antidepressant: false
    },
    {
      id: "mood stabilizer",
      synonyms: [
        "mood stabiliser"
      ],
      description: "Lithium, the augmenter every quality-rated guideline recommends.",
      antidepressant: false
    },
    {
      id: "anticonvulsant",
      synonyms: [
        "antiepileptic",
        "AED",
        "antiepileptic drug"
      ],
      description: "Anticonvulsants used as augmenters, mainly in bipolar disorder.",
      antidepressant: false
    },
    {
      id: "thyroid hormone",
      synonyms: [
        "thyroid",
        "thyroid augmentation"
      ],
      description: "Liothyronine (T3) augmentation and levothyroxine.",
      antidepressant: false
    },
    {
      id: "stimulant",
      synonyms: [
        "psychostimulant",
        "wake-promoting agent",
        "psychostimulants"
      ],
      description: "Psychostimulants and wake-promoting agents, used for residual fatigue and hypersomnia.",
      antidepressant: false
    },
    {
      id: "dopamine agonist",
      synonyms: [
        "D2/D3 agonist"
      ],
      description: "Dopamine D2/D3 agonists, studied for anhedonic and treatment-resistant depression.",
      antidepressant: false
    },
    {
      id: "beta blocker",
      synonyms: [
        "beta-blocker",
        "\u03B2-blocker"
      ],
      description: "Pindolol, a beta blocker and 5-HT1A antagonist used to speed SSRI onset.",
      antidepressant: false
    },
    {
      id: "anxiolytic",
      synonyms: [
        "azapirone"
      ],
      description: "Buspirone, a 5-HT1A partial agonist used as an augmenter in STAR*D.",
      antidepressant: false
    },
    {
      id: "other",
      synonyms: [],
      description: "Anything else; never a mismatch.",
      antidepressant: false
    }
  ]
};

// server/src/core/knowledge/drugs.json
var drugs_default = {
  $comment: "Drugs of the format's class table with minimum adequate daily dose (MGH ATRQ), usual range, usual maximum (highest labeled maximum across formulations) and typical augmentation dose. Facts are paraphrased from the project's domain notes; src keys are listed in docs/SOURCES.md; values marked uncertain only inform warnings and hover text. Doses are mg per day, oral, adult, unless a note says otherwise.",
  drugs: [
    {
      name: "citalopram",
      brands: [
        "Celexa"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 20,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "20-40 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 40,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Label lowers the maximum to 20 mg/day after age 60 because of QT prolongation (cap added in 2011). 20 mg/day gives most of the effect (flat dose-response).",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label",
        "NHS-Scot",
        "Montgomery-citalopram-meta"
      ]
    },
    {
      name: "escitalopram",
      brands: [
        "Lexapro",
        "Cipralex"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 10,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "10-20 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 20,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "10 mg/day already gives most of the effect (flat SSRI dose-response).",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label",
        "NHS-Scot"
      ]
    },
    {
      name: "fluoxetine",
      brands: [
        "Prozac",
        "Sarafem"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 20,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "20-60 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 80,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Very long half-life: allow 5 weeks before starting an MAOI.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "paroxetine",
      brands: [
        "Paxil",
        "Paxil CR",
        "Pexeva"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 20,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "20-50 mg/day (CR 25-62.5 mg/day)",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 62.5,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Minimum 20 mg/day for the immediate-release form and 25 mg/day for CR; the maximum is 50 mg/day IR and 62.5 mg/day CR (the higher is used so that CR doses raise no alarm).",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "sertraline",
      brands: [
        "Zoloft"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition",
        "sigma1"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 50,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "50-200 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 200,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "fluvoxamine",
      brands: [
        "Luvox"
      ],
      class: "SSRI",
      mechanisms: [
        "sert_inhibition",
        "sigma1"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 50,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "50-300 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 300,
        src: [
          "McMaster"
        ]
      },
      augmentationAgent: false,
      notes: "US approval is for OCD only; some sources put the adequate dose at 100 mg/day (uncertain).",
      src: [
        "ATRQ-COMP006",
        "McMaster"
      ]
    },
    {
      name: "venlafaxine",
      brands: [
        "Effexor",
        "Effexor XR"
      ],
      class: "SNRI",
      mechanisms: [
        "snri",
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "75-225 mg/day (XR); up to 375 mg/day IR in inpatients",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 375,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Serotonin-selective at low doses; noradrenergic effect and a dose-response appear at higher doses. Maximum 225 mg/day XR, 375 mg/day IR.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label",
        "Berney2005"
      ]
    },
    {
      name: "desvenlafaxine",
      brands: [
        "Pristiq",
        "Khedezla"
      ],
      class: "SNRI",
      mechanisms: [
        "snri",
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 50,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "50-100 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 400,
        src: [
          "FDA-label"
        ],
        uncertain: true
      },
      augmentationAgent: false,
      notes: "50 mg/day is the recommended dose; doses up to 400 mg/day were studied without added benefit. Whether the label states a maximum is uncertain, so 400 mg/day is used as the ceiling.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "duloxetine",
      brands: [
        "Cymbalta",
        "Drizalma Sprinkle"
      ],
      class: "SNRI",
      mechanisms: [
        "snri",
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 60,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "60-120 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 120,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "The label notes little added benefit above 60 mg/day.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "levomilnacipran",
      brands: [
        "Fetzima"
      ],
      class: "SNRI",
      mechanisms: [
        "snri",
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 40,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "40-120 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 120,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "milnacipran",
      brands: [
        "Savella"
      ],
      class: "SNRI",
      mechanisms: [
        "snri",
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 100,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "50-200 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 200,
        src: [
          "McMaster"
        ]
      },
      augmentationAgent: false,
      notes: "US approval is for fibromyalgia only.",
      src: [
        "ATRQ-COMP006",
        "McMaster"
      ]
    },
    {
      name: "amitriptyline",
      brands: [
        "Elavil"
      ],
      class: "TCA",
      mechanisms: [
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "100-250 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 300,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "300 mg/day is the inpatient maximum.",
      src: [
        "ATRQ-COMP006",
        "Portico",
        "FDA-label"
      ]
    },
    {
      name: "nortriptyline",
      brands: [
        "Pamelor",
        "Aventyl"
      ],
      class: "TCA",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 75,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "75-150 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 150,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "A plasma level of roughly 50-150 ng/mL is the usual therapeutic window (uncertain).",
      src: [
        "ATRQ-COMP006",
        "Portico",
        "FDA-label"
      ]
    },
    {
      name: "imipramine",
      brands: [
        "Tofranil"
      ],
      class: "TCA",
      mechanisms: [
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "100-250 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 300,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "200 mg/day outpatient and 300 mg/day inpatient maximum; older dose-response work suggests 300 mg/day before calling a patient refractory.",
      src: [
        "ATRQ-COMP006",
        "Portico",
        "FDA-label",
        "Quitkin1985"
      ]
    },
    {
      name: "desipramine",
      brands: [
        "Norpramin"
      ],
      class: "TCA",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "100-250 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 300,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      src: [
        "ATRQ-COMP006",
        "Portico",
        "FDA-label"
      ]
    },
    {
      name: "clomipramine",
      brands: [
        "Anafranil"
      ],
      class: "TCA",
      mechanisms: [
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "100-250 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 250,
        src: [
          "Portico"
        ]
      },
      augmentationAgent: false,
      notes: "US approval is for OCD only.",
      src: [
        "ATRQ-COMP006",
        "Portico"
      ]
    },
    {
      name: "doxepin",
      brands: [
        "Sinequan",
        "Silenor"
      ],
      class: "TCA",
      mechanisms: [
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "75-300 mg/day",
        src: [
          "FDA-label"
        ]
      },
      maxDoseMg: {
        value: 300,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "The 3-6 mg product (Silenor) treats insomnia; such doses are no antidepressant trial.",
      src: [
        "ATRQ-COMP006",
        "FDA-label"
      ]
    },
    {
      name: "protriptyline",
      brands: [
        "Vivactil"
      ],
      class: "TCA",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 30,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "15-40 mg/day",
        src: [
          "FDA-label"
        ]
      },
      maxDoseMg: {
        value: 60,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      src: [
        "ATRQ-COMP006",
        "FDA-label"
      ]
    },
    {
      name: "trimipramine",
      brands: [
        "Surmontil"
      ],
      class: "TCA",
      mechanisms: [
        "sert_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "Listed on the ATRQ; usual range and maximum not recorded here.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "amoxapine",
      brands: [
        "Asendin"
      ],
      class: "TCA",
      subclass: "TeCA",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      classSynonyms: [
        "TeCA"
      ],
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "A tetracyclic filed with the TCAs; listed on the ATRQ.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "maprotiline",
      brands: [
        "Ludiomil"
      ],
      class: "TCA",
      subclass: "TeCA",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      classSynonyms: [
        "TeCA"
      ],
      minDoseMg: {
        value: 150,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "A tetracyclic filed with the TCAs; listed on the ATRQ.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "phenelzine",
      brands: [
        "Nardil"
      ],
      class: "MAOI",
      subclass: "irreversible nonselective MAOI",
      mechanisms: [
        "maoi"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 45,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "45-90 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 90,
        src: [
          "Portico"
        ]
      },
      augmentationAgent: false,
      notes: "Needs a tyramine-restricted diet; older data suggest 90 mg/day before calling a patient refractory.",
      src: [
        "ATRQ-COMP006",
        "Portico",
        "Quitkin1985"
      ]
    },
    {
      name: "tranylcypromine",
      brands: [
        "Parnate"
      ],
      class: "MAOI",
      subclass: "irreversible nonselective MAOI",
      mechanisms: [
        "maoi"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 30,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "30-60 mg/day",
        src: [
          "Portico"
        ]
      },
      maxDoseMg: {
        value: 60,
        src: [
          "FPN-TCP"
        ]
      },
      augmentationAgent: false,
      notes: "Needs a tyramine-restricted diet; STAR*D level 4 used up to 60 mg/day.",
      src: [
        "ATRQ-COMP006",
        "Portico",
        "FPN-TCP"
      ]
    },
    {
      name: "isocarboxazid",
      brands: [
        "Marplan"
      ],
      class: "MAOI",
      subclass: "irreversible MAOI",
      mechanisms: [
        "maoi"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 30,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "20-60 mg/day",
        src: [
          "FDA-label"
        ]
      },
      maxDoseMg: {
        value: 60,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      src: [
        "ATRQ-COMP006",
        "FDA-label"
      ]
    },
    {
      name: "selegiline",
      brands: [
        "Emsam"
      ],
      class: "MAOI",
      subclass: "MAO-B > MAO-A at low doses",
      mechanisms: [
        "maoi"
      ],
      antidepressant: true,
      aliases: [
        "selegiline transdermal"
      ],
      minDoseMg: {
        value: 6,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "6-12 mg/24 h (transdermal)",
        src: [
          "FDA-label"
        ]
      },
      maxDoseMg: {
        value: 12,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Doses are for the transdermal patch, in mg per 24 hours; the diet must be restricted at 9 and 12 mg/24 h.",
      src: [
        "ATRQ-COMP006",
        "FDA-label"
      ]
    },
    {
      name: "moclobemide",
      brands: [
        "Manerix",
        "Aurorix"
      ],
      class: "MAOI",
      subclass: "RIMA",
      mechanisms: [
        "maoi"
      ],
      antidepressant: true,
      classSynonyms: [
        "RIMA"
      ],
      minDoseMg: {
        value: 300,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "300-600 mg/day",
        src: [
          "ATRQ-COMP006"
        ]
      },
      maxDoseMg: {
        value: 600,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "Reversible inhibitor of MAO-A; not marketed in the US.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "bupropion",
      brands: [
        "Wellbutrin",
        "Wellbutrin SR",
        "Wellbutrin XL",
        "Zyban",
        "Aplenzin",
        "Forfivo XL"
      ],
      class: "atypical antidepressant",
      subclass: "NDRI",
      mechanisms: [
        "dat_inhibition",
        "net_inhibition",
        "nicotinic_antagonism"
      ],
      antidepressant: true,
      classSynonyms: [
        "NDRI"
      ],
      minDoseMg: {
        value: 300,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "300-450 mg/day (XL), 300-400 mg/day (SR)",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 450,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: true,
      augmentationDose: {
        value: "150-400 mg/day (STAR*D up to 400 mg SR)",
        src: [
          "Trivedi2006-aug",
          "OttawaAlg"
        ]
      },
      augmentationMinMg: {
        value: 150,
        src: [
          "Trivedi2006-aug",
          "OttawaAlg"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 450,
        src: [
          "FDA-label"
        ]
      },
      notes: "Seizure risk rises with dose. Maximum 450 mg/day XL and IR, 400 mg/day SR.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label",
        "Trivedi2006-aug",
        "OttawaAlg"
      ]
    },
    {
      name: "mirtazapine",
      brands: [
        "Remeron",
        "RemeronSolTab"
      ],
      class: "atypical antidepressant",
      subclass: "NaSSA",
      mechanisms: [
        "alpha2_antagonism",
        "5ht2a_antagonism"
      ],
      antidepressant: true,
      classSynonyms: [
        "NaSSA"
      ],
      minDoseMg: {
        value: 15,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "15-45 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 45,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: true,
      augmentationDose: {
        value: "15-45 mg/day (CANMAT 30-60 mg/day, uncertain)",
        src: [
          "McGrath2006",
          "OttawaAlg"
        ]
      },
      augmentationMinMg: {
        value: 15,
        src: [
          "McGrath2006",
          "OttawaAlg"
        ]
      },
      augmentationMaxMg: {
        value: 60,
        src: [
          "McGrath2006"
        ]
      },
      notes: "Sedation and weight gain are common; STAR*D level 4 combined it (up to 60 mg/day) with venlafaxine XR.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label",
        "McGrath2006",
        "OttawaAlg"
      ]
    },
    {
      name: "trazodone",
      brands: [
        "Desyrel",
        "Oleptro"
      ],
      class: "atypical antidepressant",
      subclass: "SARI",
      mechanisms: [
        "5ht2a_antagonism",
        "sert_inhibition"
      ],
      antidepressant: true,
      classSynonyms: [
        "SARI"
      ],
      alsoClasses: [
        "serotonin modulator"
      ],
      minDoseMg: {
        value: 300,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "150-400 mg/day (600 mg/day inpatients)",
        src: [
          "FDA-label"
        ]
      },
      maxDoseMg: {
        value: 600,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Low doses used for sleep are no antidepressant trial. Maximum 400 mg/day outpatient, 600 mg/day inpatient.",
      src: [
        "ATRQ-COMP006",
        "FDA-label"
      ]
    },
    {
      name: "nefazodone",
      brands: [
        "Serzone"
      ],
      class: "atypical antidepressant",
      subclass: "SARI",
      mechanisms: [
        "5ht2a_antagonism",
        "sert_inhibition"
      ],
      antidepressant: true,
      classSynonyms: [
        "SARI"
      ],
      alsoClasses: [
        "serotonin modulator"
      ],
      minDoseMg: {
        value: 300,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "300-600 mg/day",
        src: [
          "ATRQ-COMP006"
        ]
      },
      maxDoseMg: {
        value: 600,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "Boxed warning for liver failure (about 1 case per 250,000-300,000 patient-years).",
      src: [
        "ATRQ-COMP006",
        "APA-GuidelineWatch2005"
      ]
    },
    {
      name: "agomelatine",
      brands: [
        "Valdoxan"
      ],
      class: "atypical antidepressant",
      subclass: "melatonergic agonist",
      mechanisms: [
        "melatonergic"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 25,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "25-50 mg/day",
        src: [
          "EMA-SmPC"
        ],
        uncertain: true
      },
      maxDoseMg: {
        value: 50,
        src: [
          "EMA-SmPC"
        ],
        uncertain: true
      },
      augmentationAgent: false,
      notes: "Not approved in the US; liver tests are monitored.",
      src: [
        "ATRQ-COMP006",
        "EMA-SmPC"
      ]
    },
    {
      name: "tianeptine",
      brands: [
        "Stablon",
        "Coaxil"
      ],
      class: "atypical antidepressant",
      mechanisms: [
        "mu_opioid"
      ],
      antidepressant: true,
      minDoseMg: {
        value: 37.5,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "37.5 mg/day",
        src: [
          "ATRQ-COMP006"
        ]
      },
      maxDoseMg: {
        value: 37.5,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "A mu-opioid receptor agonist; not approved in the US.",
      src: [
        "ATRQ-COMP006",
        "Gassaway2014"
      ]
    },
    {
      name: "reboxetine",
      brands: [
        "Edronax"
      ],
      class: "atypical antidepressant",
      subclass: "NRI",
      mechanisms: [
        "net_inhibition"
      ],
      antidepressant: true,
      classSynonyms: [
        "NRI"
      ],
      minDoseMg: {
        value: 4,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "8-10 mg/day",
        src: [
          "ATRQ-COMP006"
        ]
      },
      maxDoseMg: {
        value: 12,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "Not approved in the US. The trial form's 4 mg minimum is below the usual 8-10 mg/day.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "mianserin",
      brands: [
        "Tolvon"
      ],
      class: "atypical antidepressant",
      subclass: "TeCA",
      mechanisms: [
        "alpha2_antagonism"
      ],
      antidepressant: true,
      classSynonyms: [
        "TeCA"
      ],
      minDoseMg: {
        value: 30,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "30-90 mg/day",
        src: [
          "ATRQ-COMP006"
        ]
      },
      maxDoseMg: {
        value: 90,
        src: [
          "ATRQ-COMP006"
        ]
      },
      augmentationAgent: false,
      notes: "A tetracyclic alpha-2 antagonist; not approved in the US.",
      src: [
        "ATRQ-COMP006"
      ]
    },
    {
      name: "vilazodone",
      brands: [
        "Viibryd"
      ],
      class: "serotonin modulator",
      subclass: "SPARI",
      mechanisms: [
        "sert_inhibition",
        "5ht1a_partial_agonism"
      ],
      antidepressant: true,
      classSynonyms: [
        "SPARI"
      ],
      minDoseMg: {
        value: 40,
        src: [
          "ATRQ-COMP006"
        ],
        uncertain: true
      },
      usualRange: {
        value: "20-40 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 40,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "Serotonin reuptake inhibitor and 5-HT1A partial agonist; taken with food. The 40 mg/day adequate dose comes from one trial form (uncertain).",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "vortioxetine",
      brands: [
        "Trintellix",
        "Brintellix"
      ],
      class: "serotonin modulator",
      subclass: "multimodal",
      mechanisms: [
        "sert_inhibition",
        "5ht1a_partial_agonism"
      ],
      antidepressant: true,
      classSynonyms: [
        "multimodal"
      ],
      minDoseMg: {
        value: 10,
        src: [
          "ATRQ-COMP006"
        ]
      },
      usualRange: {
        value: "10-20 mg/day",
        src: [
          "McMaster"
        ]
      },
      maxDoseMg: {
        value: 20,
        src: [
          "FDA-label"
        ]
      },
      augmentationAgent: false,
      notes: "5 mg/day when higher doses are not tolerated.",
      src: [
        "ATRQ-COMP006",
        "McMaster",
        "FDA-label"
      ]
    },
    {
      name: "ketamine",
      brands: [
        "Ketalar"
      ],
      class: "NMDA antagonist",
      mechanisms: [
        "nmda_antagonism",
        "ampa_bdnf_mtor",
        "neuroplasticity",
        "mu_opioid"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "0.5 mg/kg IV over 40 min; a course is typically 6 infusions over 2-3 weeks",
        src: [
          "Andrade2017",
          "Anand2023"
        ]
      },
      notes: "Racemic ketamine is off-label for depression and counts only as an intervention, not an antidepressant trial. See the ketamine data for routes and ceilings.",
      src: [
        "Andrade2017",
        "Anand2023",
        "Berman2000",
        "Zarate2006"
      ]
    },
    {
      name: "esketamine",
      brands: [
        "Spravato"
      ],
      class: "NMDA antagonist",
      subclass: "intranasal NMDA antagonist",
      mechanisms: [
        "nmda_antagonism",
        "ampa_bdnf_mtor",
        "neuroplasticity"
      ],
      antidepressant: false,
      usualRange: {
        value: "56-84 mg per intranasal session",
        src: [
          "Spravato-label"
        ]
      },
      maxDoseMg: {
        value: 84,
        src: [
          "Spravato-label"
        ]
      },
      augmentationAgent: true,
      augmentationDose: {
        value: "56 or 84 mg per intranasal session",
        src: [
          "Spravato-label"
        ]
      },
      notes: "Doses are per session, not per day. Approved in 2019 for TRD with an oral antidepressant and in 2025 as monotherapy; counts only as an intervention, not an antidepressant trial.",
      src: [
        "Spravato-label",
        "JnJ-2025"
      ]
    },
    {
      name: "dextromethorphan-bupropion",
      brands: [
        "Auvelity"
      ],
      class: "NMDA antagonist",
      subclass: "NMDA antagonist and sigma-1 agonist with an NDRI",
      mechanisms: [
        "nmda_antagonism",
        "sigma1",
        "dat_inhibition",
        "net_inhibition"
      ],
      antidepressant: true,
      aliases: [
        "dextromethorphan/bupropion"
      ],
      usualRange: {
        value: "45/105 mg once daily for 3 days, then twice daily",
        src: [
          "Auvelity-news"
        ]
      },
      augmentationAgent: true,
      augmentationDose: {
        value: "45/105 mg twice daily",
        src: [
          "Auvelity-news"
        ]
      },
      notes: "FDA-approved for MDD in August 2022. It has no ATRQ minimum; its adequacy is judged on duration alone.",
      src: [
        "Auvelity-news"
      ]
    },
    {
      name: "aripiprazole",
      brands: [
        "Abilify"
      ],
      class: "second-generation antipsychotic",
      subclass: "D2/5-HT1A partial agonist",
      mechanisms: [
        "d2_partial_agonism",
        "5ht1a_partial_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "2-5 mg/day to start; 2-15 mg/day",
        src: [
          "FDA-label",
          "OttawaAlg"
        ]
      },
      augmentationMinMg: {
        value: 2,
        src: [
          "FDA-label",
          "OttawaAlg"
        ]
      },
      augmentationMaxMg: {
        value: 15,
        src: [
          "FDA-label"
        ]
      },
      notes: "The first antipsychotic approved as an adjunct in MDD (2007).",
      src: [
        "FDA-label",
        "OttawaAlg"
      ]
    },
    {
      name: "brexpiprazole",
      brands: [
        "Rexulti"
      ],
      class: "second-generation antipsychotic",
      subclass: "D2/5-HT1A partial agonist",
      mechanisms: [
        "d2_partial_agonism",
        "5ht1a_partial_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "0.5-1 mg/day to start, 2 mg/day target, 3 mg/day maximum",
        src: [
          "FDA-label"
        ]
      },
      augmentationMinMg: {
        value: 0.5,
        src: [
          "FDA-label"
        ]
      },
      augmentationMaxMg: {
        value: 3,
        src: [
          "FDA-label"
        ]
      },
      notes: "Approved as an adjunct in MDD in 2015.",
      src: [
        "FDA-label"
      ]
    },
    {
      name: "cariprazine",
      brands: [
        "Vraylar"
      ],
      class: "second-generation antipsychotic",
      subclass: "D3-preferring D2/D3 partial agonist",
      mechanisms: [
        "d2_partial_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "1.5 mg/day, up to 3 mg/day",
        src: [
          "FDA-label"
        ]
      },
      augmentationMinMg: {
        value: 1.5,
        src: [
          "FDA-label"
        ]
      },
      augmentationMaxMg: {
        value: 3,
        src: [
          "FDA-label"
        ]
      },
      notes: "Approved as an adjunct in MDD in December 2022.",
      src: [
        "FDA-label"
      ]
    },
    {
      name: "quetiapine",
      brands: [
        "Seroquel",
        "Seroquel XR"
      ],
      class: "second-generation antipsychotic",
      subclass: "SGA; norquetiapine inhibits NET",
      mechanisms: [
        "5ht2a_antagonism",
        "net_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "50 mg/day rising to 150 mg/day; 150-300 mg/day (XR)",
        src: [
          "FDA-label",
          "OttawaAlg"
        ]
      },
      augmentationMinMg: {
        value: 150,
        src: [
          "FDA-label",
          "OttawaAlg"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 300,
        src: [
          "FDA-label"
        ]
      },
      notes: "The XR form was approved as an adjunct in MDD in 2009.",
      src: [
        "FDA-label",
        "OttawaAlg"
      ]
    },
    {
      name: "olanzapine",
      brands: [
        "Zyprexa"
      ],
      class: "second-generation antipsychotic",
      mechanisms: [
        "5ht2a_antagonism"
      ],
      antidepressant: false,
      augmentationAgent: false,
      notes: "Used for depression mainly with fluoxetine (see olanzapine-fluoxetine).",
      src: []
    },
    {
      name: "olanzapine-fluoxetine",
      brands: [
        "Symbyax"
      ],
      class: "second-generation antipsychotic",
      mechanisms: [
        "5ht2a_antagonism",
        "sert_inhibition"
      ],
      antidepressant: false,
      aliases: [
        "olanzapine/fluoxetine"
      ],
      augmentationAgent: true,
      augmentationDose: {
        value: "6/25 mg in the evening; olanzapine 6-18 mg with fluoxetine 25-50 mg",
        src: [
          "Symbyax-label"
        ],
        uncertain: true
      },
      notes: "The first product approved by the FDA specifically for TRD (2009, uncertain year).",
      src: [
        "Symbyax-label"
      ]
    },
    {
      name: "risperidone",
      brands: [
        "Risperdal"
      ],
      class: "second-generation antipsychotic",
      mechanisms: [
        "5ht2a_antagonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "1-3 mg/day",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMinMg: {
        value: 1,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 3,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      notes: "Not FDA-approved as an adjunct in MDD; listed as a first-line adjunct by CANMAT 2016 (uncertain).",
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "lurasidone",
      brands: [
        "Latuda"
      ],
      class: "second-generation antipsychotic",
      mechanisms: [
        "5ht2a_antagonism"
      ],
      antidepressant: false,
      augmentationAgent: false,
      notes: "Approved for bipolar depression; not an MDD adjunct.",
      src: []
    },
    {
      name: "lithium",
      brands: [
        "Lithobid",
        "Eskalith"
      ],
      class: "mood stabilizer",
      mechanisms: [
        "lithium_mech"
      ],
      antidepressant: false,
      aliases: [
        "lithium carbonate"
      ],
      augmentationAgent: true,
      augmentationDose: {
        value: "600-900 mg/day to start (STAR*D up to 900 mg/day); serum 0.4-0.6 mmol/L (eTG) or 0.5-0.8 (common guideline range, uncertain); trial at least 2-6 weeks",
        src: [
          "eTG-TRD",
          "JCP1998-lithium",
          "Nierenberg2006"
        ]
      },
      augmentationMinMg: {
        value: 600,
        src: [
          "JCP1998-lithium",
          "Nierenberg2006"
        ],
        uncertain: true
      },
      notes: "Judged best by serum level; the dose floor is only a rough guide. Recommended as an augmenter by every quality-rated guideline, with an anti-suicidal signal.",
      src: [
        "eTG-TRD",
        "JCP1998-lithium",
        "Nierenberg2006",
        "Bauer2000",
        "Taylor2020-guides",
        "AbouSaleh2017"
      ]
    },
    {
      name: "lamotrigine",
      brands: [
        "Lamictal"
      ],
      class: "anticonvulsant",
      mechanisms: [],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "100-400 mg/day after slow titration (rash)",
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      augmentationMinMg: {
        value: 100,
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 400,
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      notes: "Evidence in unipolar TRD is weak and inconsistent (uncertain).",
      src: [
        "Taylor2020-guides"
      ]
    },
    {
      name: "valproate",
      brands: [
        "Depakote",
        "Depakene"
      ],
      class: "anticonvulsant",
      mechanisms: [],
      antidepressant: false,
      aliases: [
        "divalproex",
        "valproic acid"
      ],
      augmentationAgent: true,
      augmentationDose: {
        value: "no typical adjunct dose recorded",
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      notes: "Used mainly in bipolar disorder; little unipolar TRD evidence.",
      src: [
        "Taylor2020-guides"
      ]
    },
    {
      name: "carbamazepine",
      brands: [
        "Tegretol",
        "Equetro"
      ],
      class: "anticonvulsant",
      mechanisms: [],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "no typical adjunct dose recorded",
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      notes: "Used mainly in bipolar disorder; little unipolar TRD evidence.",
      src: [
        "Taylor2020-guides"
      ]
    },
    {
      name: "topiramate",
      brands: [
        "Topamax"
      ],
      class: "anticonvulsant",
      mechanisms: [],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "no typical adjunct dose recorded",
        src: [
          "Taylor2020-guides"
        ],
        uncertain: true
      },
      notes: "Little unipolar TRD evidence.",
      src: [
        "Taylor2020-guides"
      ]
    },
    {
      name: "liothyronine",
      brands: [
        "Cytomel"
      ],
      class: "thyroid hormone",
      mechanisms: [
        "t3_mech"
      ],
      antidepressant: false,
      aliases: [
        "T3"
      ],
      augmentationAgent: true,
      augmentationDose: {
        value: "25-50 mcg/day (STAR*D up to 50 mcg)",
        src: [
          "Nierenberg2006",
          "Touma2017"
        ]
      },
      augmentationMinMg: {
        value: 0.025,
        src: [
          "Nierenberg2006",
          "Touma2017"
        ]
      },
      augmentationMaxMg: {
        value: 0.05,
        src: [
          "Nierenberg2006",
          "Touma2017"
        ],
        uncertain: true
      },
      notes: "Keep the patient clinically euthyroid; little data above 50 mcg/day. Better tolerated than lithium in STAR*D.",
      src: [
        "Nierenberg2006",
        "Touma2017"
      ]
    },
    {
      name: "levothyroxine",
      brands: [
        "Synthroid",
        "Levoxyl"
      ],
      class: "thyroid hormone",
      mechanisms: [],
      antidepressant: false,
      aliases: [
        "T4"
      ],
      augmentationAgent: false,
      notes: "Thyroxine; liothyronine (T3) is the usual augmenter.",
      src: []
    },
    {
      name: "methylphenidate",
      brands: [
        "Ritalin",
        "Concerta"
      ],
      class: "stimulant",
      mechanisms: [
        "dat_inhibition",
        "net_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "10-40 mg/day",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMinMg: {
        value: 10,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 40,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "lisdexamfetamine",
      brands: [
        "Vyvanse"
      ],
      class: "stimulant",
      mechanisms: [
        "dat_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "20-70 mg/day",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMinMg: {
        value: 20,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 70,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      notes: "Adjunct phase 3 trials were negative (uncertain).",
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "amphetamine",
      brands: [
        "Adderall",
        "Evekeo"
      ],
      class: "stimulant",
      mechanisms: [
        "dat_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "no typical adjunct dose recorded",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "modafinil",
      brands: [
        "Provigil"
      ],
      class: "stimulant",
      subclass: "wake-promoting agent",
      mechanisms: [
        "dat_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "100-400 mg/day",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMinMg: {
        value: 100,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      augmentationMaxMg: {
        value: 400,
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      notes: "Used for residual fatigue or hypersomnia.",
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "armodafinil",
      brands: [
        "Nuvigil"
      ],
      class: "stimulant",
      subclass: "wake-promoting agent",
      mechanisms: [
        "dat_inhibition"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "no typical adjunct dose recorded",
        src: [
          "CANMAT2016"
        ],
        uncertain: true
      },
      src: [
        "CANMAT2016"
      ]
    },
    {
      name: "pramipexole",
      brands: [
        "Mirapex"
      ],
      class: "dopamine agonist",
      mechanisms: [
        "d2_d3_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "0.375 mg/day rising to about 1.5-2.5 mg/day, slow titration",
        src: [
          "Tundo2019"
        ],
        uncertain: true
      },
      notes: "Trial and meta-analytic evidence in TRD and bipolar depression (uncertain).",
      src: [
        "Tundo2019"
      ]
    },
    {
      name: "ropinirole",
      brands: [
        "Requip"
      ],
      class: "dopamine agonist",
      mechanisms: [
        "d2_d3_agonism"
      ],
      antidepressant: false,
      augmentationAgent: false,
      notes: "A D2/D3 agonist like pramipexole.",
      src: []
    },
    {
      name: "pindolol",
      brands: [
        "Visken"
      ],
      class: "beta blocker",
      subclass: "beta blocker and 5-HT1A antagonist",
      mechanisms: [
        "5ht1a_partial_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "2.5 mg three times a day (7.5 mg/day)",
        src: [
          "Artigas1994"
        ],
        uncertain: true
      },
      notes: "Used to speed the onset of an SSRI; CANMAT 2016 does not recommend it (uncertain).",
      src: [
        "Artigas1994",
        "CANMAT2016"
      ]
    },
    {
      name: "buspirone",
      brands: [
        "Buspar"
      ],
      class: "anxiolytic",
      mechanisms: [
        "5ht1a_partial_agonism"
      ],
      antidepressant: false,
      augmentationAgent: true,
      augmentationDose: {
        value: "up to 60 mg/day (STAR*D)",
        src: [
          "Trivedi2006-aug"
        ]
      },
      augmentationMaxMg: {
        value: 60,
        src: [
          "Trivedi2006-aug"
        ]
      },
      notes: "STAR*D level 2 augmentation gave about 30% remission (uncertain exact figure).",
      src: [
        "Trivedi2006-aug"
      ]
    }
  ]
};

// server/src/core/knowledge/frameworks.json
var frameworks_default = {
  $comment: "Psychotherapy and treatment frameworks a perspective is written from. Facts paraphrased from shared domain facts section 8.2; src keys refer to its source list (docs/SOURCES.md).",
  frameworks: [
    { id: "psychodynamic", name: "Psychodynamic", aliases: ["psychodynamic psychotherapy", "psychoanalytic", "STPP", "short-term psychodynamic psychotherapy"], summary: "Works with unconscious conflict, defences, attachment and transference. Short-term psychodynamic psychotherapy is rated an adequate antidepressant treatment by the ATHF short form.", typicalCourse: "16-30 sessions for the short-term form; open-ended otherwise (approximate)", src: ["Shedler2010", "Sackeim2019"] },
    { id: "family-systems", name: "Family Systems", aliases: ["family therapy", "family systems therapy", "Bowen"], summary: "Treats the family as the unit of care (Bowen: differentiation, triangles, multigenerational transmission; also structural and strategic schools).", typicalCourse: "variable", src: ["Bowen1978"] },
    { id: "cbt", name: "Cognitive Behavioral Therapy", aliases: ["CBT", "cognitive therapy", "cognitive behavioural therapy", "cognitive-behavioral"], summary: "Works on automatic thoughts, core beliefs and behaviour (Beck). Rated an adequate treatment by the ATHF short form; a second-step option in STAR*D.", typicalCourse: "12-20 weekly sessions (approximate)", src: ["Beck1979", "Sackeim2019"] },
    { id: "dbt", name: "Dialectical Behavior Therapy", aliases: ["DBT", "dialectical behaviour therapy"], summary: "Linehan's skills training (mindfulness, distress tolerance, emotion regulation, interpersonal effectiveness) with individual therapy, phone coaching and a consultation team; developed for borderline personality disorder and suicidality.", typicalCourse: "about 1 year", src: ["Linehan1993"] },
    { id: "act", name: "Acceptance and Commitment Therapy", aliases: ["ACT"], summary: "Builds psychological flexibility through acceptance, defusion and values-based action (Hayes); pairing with esketamine has been proposed.", typicalCourse: "8-16 sessions (approximate)", src: ["Hayes1999", "ACT-esketamine2022"] },
    { id: "ipt", name: "Interpersonal Psychotherapy", aliases: ["IPT"], summary: "Klerman and Weissman's therapy focused on grief, role disputes, role transitions and interpersonal deficits; rated adequate by the ATHF short form.", typicalCourse: "12-16 weekly sessions (approximate)", src: ["Klerman1984", "Sackeim2019"] },
    { id: "client-centered", name: "Client-Centered Therapy", aliases: ["person-centered", "person-centred", "client-centred", "Rogerian"], summary: "Rogers' approach: empathy, unconditional positive regard and congruence.", typicalCourse: "variable", src: ["Rogers1951"] },
    { id: "erp", name: "Exposure and Response Prevention", aliases: ["ERP", "exposure therapy"], summary: "First-line psychotherapy for OCD: graded exposure while rituals are blocked.", typicalCourse: "about 12-20 sessions (uncertain)", src: ["Foa"] },
    { id: "behavioral-activation", name: "Behavioral Activation", aliases: ["BA", "behavioural activation"], summary: "Schedules rewarding and valued activity to counter avoidance; comparable to CBT in severe depression in one trial (Dimidjian 2006).", typicalCourse: "12-24 sessions (uncertain)", src: ["Dimidjian2006"] },
    { id: "mbct", name: "Mindfulness-Based Cognitive Therapy", aliases: ["MBCT", "mindfulness"], summary: "An 8-week group programme (Segal, Williams, Teasdale), mainly to prevent relapse after three or more episodes.", typicalCourse: "8 weekly sessions of about 2 hours (uncertain)", src: ["Kuyken2016"] },
    { id: "cbasp", name: "Cognitive Behavioral Analysis System of Psychotherapy", aliases: ["CBASP"], summary: "McCullough's therapy designed for chronic depression.", typicalCourse: "16-20 sessions (approximate)", src: ["Bauer-Adli2014"] },
    { id: "pst", name: "Problem-Solving Therapy", aliases: ["PST", "problem solving"], summary: "Structured steps to define problems and choose solutions; rated adequate by the ATHF short form.", typicalCourse: "6-12 sessions (approximate)", src: ["Sackeim2019"] },
    { id: "group", name: "Group Psychotherapy", aliases: ["group therapy"], summary: "Interpersonal learning in a group setting.", src: [] },
    { id: "kap", name: "Ketamine-Assisted Psychotherapy", aliases: ["KAP", "ketamine assisted psychotherapy", "ketamine-assisted"], summary: "Psychotherapy built around ketamine dosing sessions (preparation, dosing, integration); routes IV, IM, sublingual or oral; models range from psychedelic to psycholytic.", typicalCourse: "e.g. 11 therapy hours and 4 ketamine sessions over 8 weeks in one clinic's model", src: ["Mathai2022", "Psykolog2023", "Yeung2023"] },
    { id: "pap", name: "Psychedelic-Assisted Psychotherapy", aliases: ["PAP", "psychedelic assisted psychotherapy", "psilocybin-assisted"], summary: "Psychotherapy with preparation, a supervised psychedelic dosing session (e.g. psilocybin) and integration.", src: ["Goodwin2022", "CarhartHarris2021"] },
    { id: "psychopharmacology", name: "Psychopharmacology", aliases: ["pharmacology", "pharmacotherapy", "medication management"], summary: "Audits the medication history, the adequacy of each trial and the next-step options.", src: [] },
    { id: "neuromodulation", name: "Neuromodulation", aliases: ["brain stimulation", "interventional psychiatry", "ECT", "TMS"], summary: "Procedures that act on brain circuits directly: ECT, rTMS and iTBS, VNS, DBS.", src: [] },
    { id: "integrative", name: "Integrative", aliases: ["integrated", "integrative discussion"], summary: "Draws the other perspectives together into one plan.", src: [] },
    { id: "other", name: "Other", aliases: [], summary: "A framework not in the list; name it in the label.", src: [] }
  ]
};

// server/src/core/knowledge/ketamine.json
var ketamine_default = {
  routes: [
    {
      route: "intravenous",
      article: {
        value: "100%",
        src: [
          "Yeung2023"
        ]
      },
      reported: {
        value: "100% (by definition)",
        src: []
      },
      tmax: {
        value: "end of the infusion",
        src: []
      },
      differs: false
    },
    {
      route: "intramuscular",
      article: {
        value: "93%",
        src: [
          "Yeung2023"
        ]
      },
      reported: {
        value: "93%",
        src: [
          "Peltoniemi2016",
          "ketamine-PK-summary"
        ],
        uncertain: true
      },
      tmax: {
        value: "about 5-15 minutes",
        src: [
          "Peltoniemi2016"
        ],
        uncertain: true
      },
      differs: false
    },
    {
      route: "intranasal",
      article: {
        value: "8-45%",
        src: [
          "Yeung2023"
        ]
      },
      reported: {
        value: "25-50% for racemic ketamine; 11-17% in a dose-ranging study; about 48% for esketamine (Spravato label)",
        src: [
          "ketamine-PK-summary",
          "Pharmacotherapy2022-T6",
          "Spravato-label"
        ]
      },
      tmax: {
        value: "15-30 minutes (esketamine 20-40 minutes)",
        src: [
          "ketamine-PK-summary",
          "Spravato-label"
        ]
      },
      differs: true
    },
    {
      route: "oral",
      article: {
        value: "17-29%",
        src: [
          "Yeung2023"
        ]
      },
      reported: {
        value: "17-20%; other estimates 16-29%, 20-25% (Andrade) and 23 \xB1 9% (Chong)",
        src: [
          "ketamine-PK-summary",
          "Andrade2019",
          "Chong2006"
        ]
      },
      tmax: {
        value: "about 30-60 minutes",
        src: [
          "ketamine-PK-summary"
        ]
      },
      differs: true
    },
    {
      route: "sublingual",
      reported: {
        value: "about 30%: 29% (27-31%) for a wafer, 32 \xB1 17% in another study",
        src: [
          "Rolan2014",
          "Chong2006"
        ]
      },
      tmax: {
        value: "about 45 minutes",
        src: [
          "Rolan2014"
        ]
      },
      differs: false
    },
    {
      route: "rectal",
      article: {
        value: "11-25%",
        src: [
          "Yeung2023"
        ]
      },
      reported: {
        value: "about 25-30%",
        src: [
          "ketamine-PK-summary"
        ],
        uncertain: true
      },
      differs: true
    },
    {
      route: "subcutaneous",
      reported: {
        value: "high (no figure recorded)",
        src: [
          "Andrade2017"
        ],
        uncertain: true
      },
      differs: false
    },
    {
      route: "transdermal",
      reported: {
        value: "no figure recorded",
        src: [],
        uncertain: true
      },
      differs: false
    }
  ],
  racemic: [
    {
      fact: "standard IV antidepressant dose",
      value: "0.5 mg/kg over 40 minutes (0.1-0.75 mg/kg over 2-100 minutes have been studied)",
      src: [
        "Andrade2017",
        "Berman2000"
      ]
    },
    {
      fact: "first randomized trial in depression",
      value: "2000 (Berman and colleagues)",
      src: [
        "Berman2000"
      ]
    },
    {
      fact: "early response",
      value: "about 71% responded at 24 hours in a crossover trial in TRD",
      src: [
        "Zarate2006"
      ],
      uncertain: true
    },
    {
      fact: "typical acute course",
      value: "6 infusions over 2-3 weeks",
      src: [
        "Anand2023"
      ]
    },
    {
      fact: "opioid involvement",
      value: "naltrexone 50 mg beforehand blocked the antidepressant but not the dissociative effect of 0.5 mg/kg",
      src: [
        "Williams2018"
      ]
    },
    {
      fact: "oral dose equivalence",
      value: "about 2.0-2.5 mg/kg by mouth matches 0.5 mg/kg IV, as oral bioavailability is about 20-25%",
      src: [
        "Andrade2019"
      ]
    },
    {
      fact: "US status",
      value: "anesthetic approved in 1970; Schedule III",
      src: [
        "Psykolog2023"
      ]
    },
    {
      fact: "first-pass metabolism",
      value: "oral and sublingual routes give much more norketamine; ketamine plus norketamine bioavailability is about 54-59%",
      src: [
        "Chong2006"
      ]
    }
  ],
  esketamine: {
    sessionDosesMg: [
      56,
      84
    ],
    maxPerSessionMg: 84,
    deviceMg: 28,
    facts: [
      {
        fact: "FDA approval",
        value: "5 March 2019 for TRD with an oral antidepressant; monotherapy 21 January 2025",
        src: [
          "NAMI2019",
          "JnJ-2025"
        ]
      },
      {
        fact: "device",
        value: "each device holds 28 mg (two sprays)",
        src: [
          "Spravato-label"
        ]
      },
      {
        fact: "induction (weeks 1-4)",
        value: "twice weekly; 56 mg on day 1, then 56 or 84 mg",
        src: [
          "Spravato-label"
        ]
      },
      {
        fact: "weeks 5-8",
        value: "56 or 84 mg once a week",
        src: [
          "Spravato-label"
        ]
      },
      {
        fact: "week 9 on",
        value: "56 or 84 mg every 1-2 weeks, the least frequent schedule that keeps the response",
        src: [
          "Spravato-label"
        ]
      },
      {
        fact: "monitoring",
        value: "at least 2 hours under observation in a certified setting; blood pressure before and about 40 minutes after",
        src: [
          "Spravato-label",
          "REMS"
        ]
      },
      {
        fact: "pharmacokinetics",
        value: "bioavailability about 48%; peak at 20-40 minutes; half-life 7-12 hours",
        src: [
          "Spravato-label"
        ]
      }
    ]
  },
  ceilings: {
    intravenous: {
      perKgMg: 1,
      mg: 100
    },
    intramuscular: {
      perKgMg: 1,
      mg: 150
    },
    sublingual: {
      mg: 300
    },
    oral: {
      mg: 300
    },
    intranasal: {
      mg: 100
    },
    esketamine: {
      mg: 84
    }
  },
  notes: [
    {
      value: "Sources disagree on bioavailability by route; the case article's figures (citing Li & Vlisides 2016) and the ranges of other sources are both kept.",
      src: [
        "Yeung2023",
        "LiVlisides2016"
      ]
    }
  ],
  $comment: "Ketamine and esketamine facts for hover text and the ketamine-dose-range rule. The ceilings are the project's defaults for one administration (esketamine: per session) and can be changed in the configuration (ketamine.ceilings)."
};

// server/src/core/knowledge/mechanisms.json
var mechanisms_default = {
  $comment: "Mechanism-of-action glossary for hover text, in the project's own words. Aliases are the words prose may use.",
  mechanisms: [
    {
      id: "nmda_antagonism",
      term: "NMDA receptor antagonism",
      aliases: [
        "NMDA",
        "NMDA antagonism",
        "NMDA antagonist",
        "NMDA receptor",
        "NMDAR",
        "NMDAR antagonism",
        "GluN"
      ],
      summary: "Blocks the NMDA glutamate receptor channel (uncompetitively). At subanesthetic doses it is thought to silence receptors on GABA interneurons, releasing pyramidal cells and causing a glutamate surge; blocking resting NMDA activity also speeds BDNF translation through eEF2.",
      exampleDrugs: [
        "ketamine",
        "esketamine",
        "dextromethorphan",
        "memantine (little or no antidepressant effect)"
      ],
      src: [
        "Berman2000",
        "Zarate2006",
        "Autry2011",
        "Spravato-label"
      ]
    },
    {
      id: "ampa_bdnf_mtor",
      term: "AMPA throughput, BDNF/TrkB and mTORC1 signalling",
      aliases: [
        "AMPA",
        "AMPA receptor",
        "BDNF",
        "TrkB",
        "mTOR",
        "mTORC1",
        "HNK",
        "hydroxynorketamine"
      ],
      summary: "The glutamate surge drives AMPA receptors, BDNF release, TrkB and mTORC1, and new dendritic spines form within hours. In rodents, blocking AMPA receptors or mTOR (rapamycin) removes the effect; the metabolite (2R,6R)-HNK acts through AMPA receptors.",
      exampleDrugs: [
        "ketamine",
        "(2R,6R)-hydroxynorketamine"
      ],
      src: [
        "Li2010",
        "Duman2012",
        "Zanos2016",
        "MIMS-Spravato"
      ]
    },
    {
      id: "neuroplasticity",
      term: "Synaptogenesis and neuroplasticity",
      aliases: [
        "synaptogenesis",
        "neuroplasticity",
        "plasticity",
        "neural plasticity",
        "spinogenesis",
        "dendritic spines"
      ],
      summary: "A proposed shared path of rapid-acting antidepressants and psychedelics: more dendritic spines, larger dendritic arbors and stronger synapses in prefrontal cortex.",
      exampleDrugs: [
        "ketamine",
        "psilocybin",
        "LSD",
        "DMT"
      ],
      src: [
        "Ly2018",
        "Duman2012"
      ]
    },
    {
      id: "5ht2a_agonism",
      term: "5-HT2A receptor agonism",
      aliases: [
        "5-HT2A",
        "5-HT2A agonism",
        "5-HT2A agonist",
        "serotonin 2A agonism",
        "psychedelic"
      ],
      summary: "A Gq-coupled receptor on layer V cortical pyramidal cells; agonists produce the subjective psychedelic effects, which ketanserin blocks.",
      exampleDrugs: [
        "psilocin",
        "LSD",
        "DMT",
        "mescaline"
      ],
      src: [
        "Vollenweider1998",
        "Ly2018"
      ]
    },
    {
      id: "5ht2a_antagonism",
      term: "5-HT2A receptor antagonism",
      aliases: [
        "5-HT2A antagonism",
        "5-HT2A antagonist",
        "5-HT2A blockade"
      ],
      summary: "Blocking 5-HT2A improves sleep and offsets SSRI activation and sexual side effects; it is part of the profile of SGAs, trazodone, nefazodone and mirtazapine.",
      exampleDrugs: [
        "trazodone",
        "nefazodone",
        "mirtazapine",
        "quetiapine"
      ],
      src: [
        "Stahl"
      ]
    },
    {
      id: "sert_inhibition",
      term: "Serotonin transporter (SERT) inhibition",
      aliases: [
        "SERT",
        "SERT inhibition",
        "serotonin reuptake inhibition",
        "serotonin transporter",
        "SLC6A4",
        "5-HT reuptake"
      ],
      summary: "Blocks the presynaptic serotonin transporter. About 80% occupancy is reached at the minimum therapeutic SSRI dose, which is why higher doses add little.",
      exampleDrugs: [
        "SSRIs",
        "SNRIs",
        "TCAs",
        "vortioxetine",
        "vilazodone"
      ],
      src: [
        "Meyer2004",
        "NHS-Scot"
      ]
    },
    {
      id: "net_inhibition",
      term: "Norepinephrine transporter (NET) inhibition",
      aliases: [
        "NET",
        "NET inhibition",
        "norepinephrine reuptake inhibition",
        "noradrenaline reuptake inhibition",
        "norepinephrine transporter"
      ],
      summary: "Raises synaptic norepinephrine, and prefrontal dopamine too, since NET clears dopamine there.",
      exampleDrugs: [
        "SNRIs",
        "desipramine",
        "nortriptyline",
        "reboxetine",
        "bupropion"
      ],
      src: [
        "Stahl"
      ]
    },
    {
      id: "dat_inhibition",
      term: "Dopamine transporter (DAT) inhibition",
      aliases: [
        "DAT",
        "DAT inhibition",
        "dopamine reuptake inhibition",
        "dopamine transporter"
      ],
      summary: "Raises synaptic dopamine; bupropion at antidepressant doses occupies only a modest share of DAT (roughly 20-26%, uncertain).",
      exampleDrugs: [
        "bupropion",
        "modafinil",
        "methylphenidate"
      ],
      src: [
        "Learned-Coughlin2003"
      ],
      uncertain: true
    },
    {
      id: "snri",
      term: "Dual serotonin and norepinephrine reuptake inhibition",
      aliases: [
        "SNRI",
        "dual reuptake inhibition",
        "serotonin-norepinephrine reuptake inhibition"
      ],
      summary: "Blocks SERT and NET; venlafaxine is serotonin-selective at low doses and adds norepinephrine reuptake inhibition as the dose rises, giving a dose-response.",
      exampleDrugs: [
        "venlafaxine",
        "desvenlafaxine",
        "duloxetine",
        "levomilnacipran",
        "milnacipran"
      ],
      src: [
        "Berney2005"
      ]
    },
    {
      id: "maoi",
      term: "Monoamine oxidase inhibition",
      aliases: [
        "MAO inhibition",
        "MAOI",
        "MAO-A",
        "MAO-B",
        "monoamine oxidase",
        "tyramine"
      ],
      summary: "Blocks MAO-A (serotonin, norepinephrine, tyramine) and/or MAO-B (dopamine, phenethylamine). Irreversible agents need a tyramine-restricted diet (hypertensive crisis) and a washout of 14 days (5 weeks after fluoxetine).",
      exampleDrugs: [
        "phenelzine",
        "tranylcypromine",
        "isocarboxazid",
        "selegiline (transdermal)",
        "moclobemide (reversible)"
      ],
      src: [
        "FPN-TCP",
        "FDA-label"
      ]
    },
    {
      id: "mu_opioid",
      term: "Mu-opioid receptor (MOR)",
      aliases: [
        "mu-opioid",
        "MOR",
        "mu opioid receptor",
        "opioid",
        "naltrexone"
      ],
      summary: "Activation of the mu-opioid receptor is implicated in ketamine's acute antidepressant effect (naltrexone pretreatment blocked it); tianeptine is a full agonist and buprenorphine a partial agonist.",
      exampleDrugs: [
        "tianeptine",
        "buprenorphine",
        "ketamine (indirectly)"
      ],
      src: [
        "Williams2018",
        "Gassaway2014"
      ]
    },
    {
      id: "kappa_opioid",
      term: "Kappa-opioid receptor (KOR)",
      aliases: [
        "kappa-opioid",
        "KOR",
        "kappa opioid receptor",
        "dynorphin"
      ],
      summary: "Dynorphin acting at the kappa-opioid receptor mediates dysphoria and stress-induced anhedonia; KOR antagonists are studied for anhedonia, and buprenorphine blocks KOR.",
      exampleDrugs: [
        "aticaprant",
        "navacaprant",
        "buprenorphine (with samidorphan)"
      ],
      src: [
        "Krystal2020"
      ],
      uncertain: true
    },
    {
      id: "nicotinic_antagonism",
      term: "Nicotinic acetylcholine receptor antagonism",
      aliases: [
        "nicotinic",
        "nAChR",
        "nicotinic antagonism",
        "cholinergic"
      ],
      summary: "Follows the hypercholinergic hypothesis of depression: bupropion and mecamylamine block nicotinic receptors noncompetitively and ketamine/HNK inhibit alpha-7 receptors; dexmecamylamine failed in phase 3.",
      exampleDrugs: [
        "mecamylamine",
        "bupropion",
        "ketamine"
      ],
      src: [],
      uncertain: true
    },
    {
      id: "d2_partial_agonism",
      term: "D2/D3 partial agonism",
      aliases: [
        "D2 partial agonism",
        "D2 partial agonist",
        "dopamine partial agonism",
        "D3"
      ],
      summary: "Steadies dopamine tone, acting as an agonist when dopamine is low and an antagonist when it is high; the basis of the adjunctive SGAs.",
      exampleDrugs: [
        "aripiprazole",
        "brexpiprazole",
        "cariprazine (D3-preferring)"
      ],
      src: [
        "FDA-labels"
      ]
    },
    {
      id: "d2_d3_agonism",
      term: "D2/D3 agonism",
      aliases: [
        "D2/D3 agonism",
        "dopamine agonism",
        "dopamine agonist"
      ],
      summary: "Full agonists that strengthen mesolimbic reward signalling; tried in anhedonic and treatment-resistant depression.",
      exampleDrugs: [
        "pramipexole",
        "ropinirole"
      ],
      src: [
        "Tundo2019"
      ],
      uncertain: true
    },
    {
      id: "alpha2_antagonism",
      term: "Alpha-2 adrenergic antagonism",
      aliases: [
        "alpha-2",
        "alpha2",
        "\u03B12",
        "alpha-2 antagonism",
        "\u03B12 antagonism"
      ],
      summary: "Blocks presynaptic alpha-2 auto- and heteroreceptors so more norepinephrine and serotonin are released; mirtazapine also blocks 5-HT2A/2C, 5-HT3 and H1 receptors (sedation, appetite).",
      exampleDrugs: [
        "mirtazapine",
        "mianserin"
      ],
      src: [
        "deBoer1996"
      ],
      uncertain: true
    },
    {
      id: "5ht1a_partial_agonism",
      term: "5-HT1A partial agonism",
      aliases: [
        "5-HT1A",
        "5-HT1A agonism",
        "5-HT1A partial agonist"
      ],
      summary: "Desensitises somatodendritic autoreceptors and stimulates postsynaptic receptors; anxiolytic. Pindolol, a 5-HT1A antagonist, was used to speed SSRI onset.",
      exampleDrugs: [
        "buspirone",
        "vilazodone",
        "vortioxetine",
        "aripiprazole",
        "brexpiprazole"
      ],
      src: [
        "Trivedi2006-aug",
        "FDA-labels"
      ]
    },
    {
      id: "sigma1",
      term: "Sigma-1 receptor",
      aliases: [
        "sigma-1",
        "\u03C31",
        "sigma receptor"
      ],
      summary: "An endoplasmic-reticulum chaperone that modulates calcium signalling, NMDA function and plasticity; fluvoxamine, sertraline and dextromethorphan act as agonists.",
      exampleDrugs: [
        "fluvoxamine",
        "dextromethorphan"
      ],
      src: [
        "Auvelity-news"
      ],
      uncertain: true
    },
    {
      id: "gaba_a_pam",
      term: "GABA-A positive allosteric modulation",
      aliases: [
        "GABA-A",
        "GABA",
        "neurosteroid",
        "allopregnanolone"
      ],
      summary: "Neurosteroids enhance synaptic and extrasynaptic GABA-A receptors, as allopregnanolone does.",
      exampleDrugs: [
        "brexanolone",
        "zuranolone"
      ],
      src: [],
      uncertain: true
    },
    {
      id: "melatonergic",
      term: "MT1/MT2 agonism with 5-HT2C antagonism",
      aliases: [
        "melatonergic",
        "melatonin receptor",
        "MT1",
        "MT2",
        "5-HT2C"
      ],
      summary: "Resets circadian rhythm and releases frontal norepinephrine and dopamine.",
      exampleDrugs: [
        "agomelatine"
      ],
      src: [
        "EMA-SmPC"
      ],
      uncertain: true
    },
    {
      id: "lithium_mech",
      term: "Lithium",
      aliases: [
        "GSK-3",
        "GSK-3\u03B2",
        "inositol monophosphatase"
      ],
      summary: "Inhibits GSK-3 beta and inositol monophosphatase; carries an anti-suicidal signal in mood disorders.",
      exampleDrugs: [
        "lithium"
      ],
      src: [
        "AbouSaleh2017"
      ]
    },
    {
      id: "t3_mech",
      term: "Thyroid hormone augmentation",
      aliases: [
        "T3",
        "liothyronine augmentation",
        "thyroid augmentation",
        "triiodothyronine"
      ],
      summary: "T3 may raise serotonin signalling and receptor sensitivity and cortical serotonin levels.",
      exampleDrugs: [
        "liothyronine"
      ],
      src: [
        "Touma2017"
      ]
    }
  ]
};

// server/src/core/knowledge/procedures.json
var procedures_default = {
  $comment: "Neurotherapeutic procedures with their typical courses. minimumCourseSessions drives procedure-course-short (ECT and rTMS).",
  procedures: [
    {
      id: "ECT",
      name: "Electroconvulsive therapy",
      aliases: [
        "electroconvulsive therapy",
        "electroshock"
      ],
      regulatoryStatus: {
        value: "Long established; the device was reclassified (2018, uncertain)",
        src: [
          "Thirthalli2020"
        ],
        uncertain: true
      },
      typicalCourse: {
        value: "2-3 sessions a week, usually 6-12 in all (often twice weekly and 6-10 in the UK)",
        src: [
          "Husain2004",
          "Thirthalli2020",
          "jrank-ECT"
        ]
      },
      minimumCourseSessions: {
        value: 6,
        src: [
          "Thirthalli2020",
          "jrank-ECT"
        ],
        uncertain: true
      },
      adequacyRule: {
        value: "At least 6-8 sessions before calling a course a failure; the ATHF also counts electrode placement",
        src: [
          "Thirthalli2020"
        ],
        uncertain: true
      },
      efficacy: {
        value: "CORE (bilateral, 3 times a week): 75% remission; 34% had remitted by session 6 and 65% by session 10; response is lower after medication failures; about half relapse within 6 months despite continuation drugs",
        src: [
          "Husain2004",
          "Prudic2013",
          "Heijnen2010"
        ]
      },
      src: [
        "Husain2004",
        "Thirthalli2020",
        "jrank-ECT",
        "Prudic2013"
      ]
    },
    {
      id: "rTMS",
      name: "Repetitive transcranial magnetic stimulation",
      aliases: [
        "TMS",
        "transcranial magnetic stimulation",
        "repetitive transcranial magnetic stimulation",
        "10 Hz rTMS",
        "NeuroStar"
      ],
      regulatoryStatus: {
        value: "FDA-cleared in October 2008 (NeuroStar) for adults who failed one adequate antidepressant in the current episode; adolescents 15-21 cleared in March 2024",
        src: [
          "Carlat2008",
          "EVMS-TMS",
          "K231926"
        ]
      },
      typicalCourse: {
        value: "5 sessions a week for 4-6 weeks (about 20-30 sessions, roughly 3000 pulses and 37 minutes each), sometimes with a taper; courses of up to about 36 sessions are used",
        src: [
          "Carlat2008",
          "EVMS-TMS",
          "Modirrousta2018"
        ]
      },
      minimumCourseSessions: {
        value: 20,
        src: [
          "EVMS-TMS",
          "Modirrousta2018"
        ],
        uncertain: true
      },
      adequacyRule: {
        value: "At least 20-30 sessions; there is no single standard",
        src: [
          "EVMS-TMS"
        ],
        uncertain: true
      },
      efficacy: {
        value: "Response and remission roughly two to three times sham in meta-analyses",
        src: [
          "Modirrousta2018"
        ],
        uncertain: true
      },
      src: [
        "Carlat2008",
        "EVMS-TMS",
        "K231926",
        "Modirrousta2018"
      ]
    },
    {
      id: "iTBS",
      name: "Intermittent theta burst stimulation",
      aliases: [
        "theta burst",
        "theta burst stimulation",
        "intermittent theta burst stimulation",
        "TBS"
      ],
      regulatoryStatus: {
        value: "FDA-cleared in 2018 (uncertain)",
        src: [
          "Blumberger2018"
        ],
        uncertain: true
      },
      typicalCourse: {
        value: "About 3-minute sessions of 600 pulses, 5 a week for 4-6 weeks",
        src: [
          "Blumberger2018"
        ],
        uncertain: true
      },
      adequacyRule: {
        value: "As for rTMS",
        src: [
          "Blumberger2018"
        ],
        uncertain: true
      },
      efficacy: {
        value: "THREE-D: not inferior to 10 Hz rTMS (response about 49% vs 47%)",
        src: [
          "Blumberger2018"
        ],
        uncertain: true
      },
      src: [
        "Blumberger2018"
      ]
    },
    {
      id: "deep TMS",
      name: "Deep TMS (H1 coil)",
      aliases: [
        "dTMS",
        "H-coil",
        "H1 coil"
      ],
      regulatoryStatus: {
        value: "FDA-cleared in 2013 (uncertain month)",
        src: [
          "Levkovitz2015"
        ],
        uncertain: true
      },
      typicalCourse: {
        value: "5 sessions a week for 4 weeks, then maintenance",
        src: [
          "Levkovitz2015"
        ],
        uncertain: true
      },
      src: [
        "Levkovitz2015"
      ]
    },
    {
      id: "SAINT",
      name: "Stanford Neuromodulation Therapy",
      aliases: [
        "SNT",
        "Stanford Neuromodulation Therapy",
        "SAINT protocol",
        "accelerated iTBS"
      ],
      regulatoryStatus: {
        value: "FDA-cleared in September 2022",
        src: [
          "SAINT-FDA2022"
        ]
      },
      typicalCourse: {
        value: "fMRI-targeted iTBS, 10 sessions a day for 5 days (50 sessions)",
        src: [
          "Cole2022",
          "CDHub-SAINT"
        ]
      },
      adequacyRule: {
        value: "The full 5-day course",
        src: [
          "Cole2022"
        ]
      },
      efficacy: {
        value: "About 79% remission in the randomized trial against about 13% with sham; about 90% in the open pilot",
        src: [
          "Cole2022",
          "CDHub-SAINT"
        ]
      },
      src: [
        "SAINT-FDA2022",
        "Cole2022",
        "CDHub-SAINT"
      ]
    },
    {
      id: "VNS",
      name: "Vagus nerve stimulation",
      aliases: [
        "vagus nerve stimulation",
        "vagal nerve stimulation"
      ],
      regulatoryStatus: {
        value: "FDA-approved in July 2005 as an adjunct for chronic or recurrent depression after at least 4 adequate treatments, in adults",
        src: [
          "VNS-FDA2005",
          "Carlat-VNS"
        ]
      },
      typicalCourse: {
        value: "Implanted; benefit builds over 3-12 months",
        src: [
          "VNS-FDA2005",
          "PsychTimes-VNS"
        ]
      },
      efficacy: {
        value: "The sham-controlled pivotal trial was negative at 10 weeks; open-label benefit grew over time and the approval was contested",
        src: [
          "Carlat-VNS",
          "PsychTimes-VNS"
        ]
      },
      src: [
        "VNS-FDA2005",
        "Carlat-VNS",
        "PsychTimes-VNS"
      ]
    },
    {
      id: "DBS",
      name: "Deep brain stimulation",
      aliases: [
        "deep brain stimulation"
      ],
      regulatoryStatus: {
        value: "Not FDA-approved for depression (humanitarian exemption for OCD, 2009); targets include subcallosal cingulate, ventral capsule/striatum and medial forebrain bundle",
        src: [],
        uncertain: true
      },
      typicalCourse: {
        value: "Implanted; continuous stimulation; investigational",
        src: [],
        uncertain: true
      },
      efficacy: {
        value: "Two industry trials (BROADEN, RECLAIM) missed their primary endpoints",
        src: [],
        uncertain: true
      },
      src: []
    },
    {
      id: "ablative neurosurgery",
      name: "Ablative neurosurgery",
      aliases: [
        "cingulotomy",
        "anterior cingulotomy",
        "capsulotomy",
        "subcaudate tractotomy",
        "limbic leucotomy",
        "psychosurgery"
      ],
      regulatoryStatus: {
        value: "Done in specialised centres",
        src: [
          "Hazari2013"
        ],
        uncertain: true
      },
      typicalCourse: {
        value: "A single procedure, a last resort after ECT and other treatments",
        src: [
          "Hazari2013"
        ],
        uncertain: true
      },
      src: [
        "Hazari2013"
      ]
    },
    {
      id: "MST",
      name: "Magnetic seizure therapy",
      aliases: [
        "magnetic seizure therapy"
      ],
      regulatoryStatus: {
        value: "Investigational",
        src: [
          "Kayser2015"
        ]
      },
      typicalCourse: {
        value: "A schedule like ECT's",
        src: [
          "Kayser2015"
        ]
      },
      efficacy: {
        value: "Open trials in TRD",
        src: [
          "Kayser2015"
        ]
      },
      src: [
        "Kayser2015"
      ]
    },
    {
      id: "tDCS",
      name: "Transcranial direct current stimulation",
      aliases: [
        "transcranial direct current stimulation"
      ],
      regulatoryStatus: {
        value: "Not FDA-cleared for MDD (uncertain)",
        src: [
          "Frontiers-tDCS2023"
        ],
        uncertain: true
      },
      typicalCourse: {
        value: "2 mA for 30 minutes, 5 times a week for 6 weeks",
        src: [
          "Frontiers-tDCS2023"
        ]
      },
      src: [
        "Frontiers-tDCS2023"
      ]
    },
    {
      id: "ketamine infusion",
      name: "Ketamine infusion",
      aliases: [
        "IV ketamine",
        "ketamine infusions",
        "intravenous ketamine"
      ],
      regulatoryStatus: {
        value: "Off-label; ketamine is an anesthetic approved in 1970 and a Schedule III drug",
        src: [
          "Psykolog2023"
        ]
      },
      typicalCourse: {
        value: "0.5 mg/kg over 40 minutes; usually 6 infusions over 2-3 weeks (twice weekly for 3 weeks in ELEKT-D)",
        src: [
          "Andrade2017",
          "Anand2023"
        ]
      },
      efficacy: {
        value: "ELEKT-D: not inferior to ECT in nonpsychotic TRD (response 55.4% vs 41.2%); KetECT (inpatients): ECT better (remission 63% vs 46%)",
        src: [
          "Anand2023",
          "Ekstrand2022"
        ]
      },
      src: [
        "Andrade2017",
        "Anand2023",
        "Ekstrand2022"
      ]
    },
    {
      id: "esketamine",
      name: "Intranasal esketamine",
      aliases: [
        "Spravato",
        "intranasal esketamine",
        "esketamine nasal spray"
      ],
      regulatoryStatus: {
        value: "FDA-approved in March 2019 for TRD with an oral antidepressant, and in January 2025 as monotherapy; REMS-restricted to certified settings",
        src: [
          "Spravato-label",
          "NAMI2019",
          "JnJ-2025"
        ]
      },
      typicalCourse: {
        value: "Induction twice weekly for 4 weeks (56 mg on day 1, then 56 or 84 mg), weekly in weeks 5-8, then every 1-2 weeks: 8 induction sessions and 4 more in weeks 5-8",
        src: [
          "Spravato-label"
        ]
      },
      src: [
        "Spravato-label"
      ]
    }
  ]
};

// server/src/core/knowledge/sources.json
var sources_default = {
  $comment: "Source keys used by the knowledge base (src fields) and the citation each stands for. tier: primary (peer-reviewed or regulatory, retrieved), unverified (cited from memory; verify before citing), secondary (corroboration only).",
  sources: {
    "45CFR164.514": {
      text: "HIPAA Privacy Rule, 45 CFR \xA7164.514(b)(2) Safe Harbor (via johndcook.com/blog/hipaa-identifiers-explained).",
      tier: "primary"
    },
    "HHS-DeID2012": {
      text: 'HHS OCR "Guidance Regarding Methods for De-identification of PHI" (ZIP rule; 17 restricted prefixes; 67 FR 53182, 53233\u20134, 14 Aug 2002).',
      tier: "primary"
    },
    ICMJE: {
      text: `ICMJE Recommendations, "Protection of Research Participants / Patients' privacy" (via mcmaster MUMJ and journal ethics pages).`,
      tier: "primary"
    },
    Gagnier2013: {
      text: "Gagnier JJ et al. The CARE guidelines: consensus-based clinical case reporting guideline development. J Med Case Rep 2013;7:223 (Table 1).",
      tier: "primary"
    },
    Riley2017: {
      text: "Riley DS et al. CARE guidelines for case reports: explanation and elaboration. J Clin Epidemiol 2017;89:218-235.",
      tier: "primary"
    },
    "EQUATOR-CARE": {
      text: "resources.equator-network.org CARE checklist; care-statement.org 2013/2016 checklist and writing template.",
      tier: "primary"
    },
    "CARE-2016": {
      text: "resources.equator-network.org CARE checklist; care-statement.org 2013/2016 checklist and writing template.",
      tier: "primary"
    },
    "CARE-template": {
      text: "resources.equator-network.org CARE checklist; care-statement.org 2013/2016 checklist and writing template.",
      tier: "primary"
    },
    Chandler2010: {
      text: "Chandler GM et al. Validation of the MGH ATRQ. CNS Neurosci Ther 2010;16(5):322-5. PMC6493891.",
      tier: "primary"
    },
    Desseilles2011: {
      text: "Desseilles M et al. Assessing the adequacy of past antidepressant trials: a clinician's guide to the ATRQ. J Clin Psychiatry 2011;72(8):1152-4.",
      tier: "primary"
    },
    CurrentPsych2012: {
      text: '"Personalizing depression treatment: 2 clinical tools" (SAFER & ATRQ; worked case). Current Psychiatry 2012;11(3).',
      tier: "primary"
    },
    Fava2003: {
      text: "Fava M. Diagnosis and definition of treatment-resistant depression. Biol Psychiatry 2003;53:649-659.",
      tier: "primary"
    },
    Sackeim2001: {
      text: "Sackeim HA. The definition and meaning of treatment-resistant depression. J Clin Psychiatry 2001;62(suppl 16):10-17.",
      tier: "primary"
    },
    Oquendo2003: {
      text: "Oquendo MA et al. Computer algorithm for ATHF adequacy. J Clin Psychiatry 2003;64(7):825-33.",
      tier: "primary"
    },
    Sackeim2019: {
      text: "Sackeim HA et al. Rationale for the ATHF-SF. J Psychiatr Res 2019;113:125-136.",
      tier: "primary"
    },
    Sackeim2024: {
      text: "Sackeim HA et al. ATHF-SF2. J Psychiatr Res 2024;176:325-337.",
      tier: "primary"
    },
    ThaseRush1997: {
      text: "Thase ME, Rush AJ. When at first you don't succeed: sequential strategies for antidepressant nonresponders. J Clin Psychiatry 1997;58(suppl 13):23-29.",
      tier: "primary"
    },
    Souery1999: {
      text: "Souery D et al. Treatment resistant depression: methodological overview and operational criteria. Eur Neuropsychopharmacol 1999;9:83-91.",
      tier: "primary"
    },
    Fekadu2009: {
      text: "Fekadu A et al. A multidimensional tool to quantify treatment resistance in depression: the Maudsley Staging Method. J Clin Psychiatry 2009;70:177-184.",
      tier: "primary"
    },
    Fekadu2018: {
      text: "Fekadu A, Donocik JG, Cleare AJ. Standardisation framework for the MSM. BMC Psychiatry 2018;18:100 (PMC5896127; Table 3).",
      tier: "primary"
    },
    Hazari2013: {
      text: "Hazari H, Christmas D, Matthews K. Clinical utility of quantitative methods for measuring treatment resistance. J Affect Disord 2013;150:231-236.",
      tier: "primary"
    },
    Gaynes2020: {
      text: "Gaynes BN et al. Defining treatment-resistant depression. Depress Anxiety 2020;37:134-145.",
      tier: "primary"
    },
    Sforzini2022: {
      text: "Sforzini L et al. A Delphi-method-based consensus guideline for definition of TRD for clinical trials (EU-PEARL). Mol Psychiatry 2022 (PMC9095475, Table 1).",
      tier: "primary"
    },
    EMA2013: {
      text: "EMA/CHMP/185423/2010 Rev. 2, Guideline on clinical investigation of medicinal products in the treatment of depression (effective 1 Dec 2013); Rev. 3 draft 2023.",
      tier: "primary"
    },
    Jaffe2019: {
      text: "Jaffe DH et al. Humanistic and economic burden of TRD in Europe. BMC Psychiatry 2019 (quotes EMA class-based definition).",
      tier: "primary"
    },
    DoldKasper2017: {
      text: "Dold M, Kasper S. Evidence-based pharmacotherapy of treatment-resistant unipolar depression. Int J Psychiatry Clin Pract 2017;21(1):13-23.",
      tier: "primary"
    },
    "McAllister-Williams2020": {
      text: "International consensus on difficult-to-treat depression. J Affect Disord 2020;267:264-282.",
      tier: "primary"
    },
    CANMAT2016: {
      text: "Kennedy SH et al. CANMAT 2016 MDD guidelines, Section 3 Pharmacological Treatments. Can J Psychiatry 2016;61(9):540-560.",
      tier: "primary"
    },
    CANMAT2023: {
      text: "Lam RW et al. CANMAT 2023 update on MDD. Can J Psychiatry 2024 (uncertain details).",
      tier: "primary"
    },
    APA2010: {
      text: "APA Practice Guideline for MDD, 3rd ed., 2010.",
      tier: "primary"
    },
    "NICE-CG90": {
      text: "NICE depression guidelines (2009; 2022).",
      tier: "primary"
    },
    "NICE-NG222": {
      text: "NICE depression guidelines (2009; 2022).",
      tier: "primary"
    },
    "Taylor2020-guides": {
      text: "Taylor RW et al. Pharmacological augmentation in unipolar depression: a guide to the guidelines. Int J Neuropsychopharmacol 2020;23:587-625 (PMC7710919).",
      tier: "primary"
    },
    Rush2006: {
      text: "Rush AJ et al. Acute and longer-term outcomes ... STAR*D. Am J Psychiatry 2006;163:1905-1917.",
      tier: "primary"
    },
    Trivedi2006: {
      text: "STAR*D level 1 citalopram report. Am J Psychiatry 2006;163:28-40 (uncertain page).",
      tier: "primary"
    },
    "Trivedi2006-aug": {
      text: "Trivedi MH et al. Medication augmentation after failure of SSRIs. N Engl J Med 2006;354:1243-52.",
      tier: "primary"
    },
    Nierenberg2006: {
      text: "Nierenberg AA et al. Lithium vs T3 augmentation (STAR*D). Am J Psychiatry 2006;163:1519-30.",
      tier: "primary"
    },
    Fava2006: {
      text: "Fava M et al. Mirtazapine vs nortriptyline (STAR*D level 3). Am J Psychiatry 2006;163:1161-72.",
      tier: "primary"
    },
    McGrath2006: {
      text: "McGrath PJ et al. Tranylcypromine vs venlafaxine+mirtazapine (STAR*D level 4). Am J Psychiatry 2006;163:1531-41.",
      tier: "primary"
    },
    Pigott2023: {
      text: "Pigott HE et al. Reanalysis of STAR*D patient-level data. BMJ Open 2023;13:e063095.",
      tier: "primary"
    },
    "STARD-reply2023": {
      text: 'STAR*D investigators, "The STAR*D Data Remain Strong: Reply to Pigott et al." Am J Psychiatry 2023 (doi:10.1176/appi.ajp.20230869).',
      tier: "primary"
    },
    Zhdanava2021: {
      text: "Zhdanava M et al. Prevalence and national burden of TRD and MDD in the US. J Clin Psychiatry 2021;82(2):20m13699.",
      tier: "primary"
    },
    Husain2004: {
      text: "Husain MM et al. Speed of response and remission with acute ECT: a CORE report. J Clin Psychiatry 2004;65:485-491.",
      tier: "primary"
    },
    Prudic2013: {
      text: "Prudic J et al. Pharmacological strategies in the prevention of relapse after ECT. J ECT 2013 (PMC3578077).",
      tier: "primary"
    },
    Thirthalli2020: {
      text: "Thirthalli J et al. Frequency and duration of course of ECT sessions. Indian J Psychol Med 2020;42:207-218.",
      tier: "primary"
    },
    Cole2022: {
      text: "Cole EJ et al. Stanford Neuromodulation Therapy vs sham in TRD. Am J Psychiatry 2022;179:132-141.",
      tier: "primary"
    },
    "SAINT-FDA2022": {
      text: "FDA clearance of Stanford Neuromodulation Therapy, 6 September 2022.",
      tier: "primary"
    },
    "VNS-FDA2005": {
      text: "FDA approval of VNS Therapy for chronic/recurrent TRD, July 2005 (news; Carlat Report; Psychiatric Times).",
      tier: "primary"
    },
    Carlat2008: {
      text: "NeuroStar FDA clearance 10 Oct 2008; labelled course; adolescent clearance K231926 (22 Mar 2024).",
      tier: "primary"
    },
    "EVMS-TMS": {
      text: "NeuroStar FDA clearance 10 Oct 2008; labelled course; adolescent clearance K231926 (22 Mar 2024).",
      tier: "primary"
    },
    K231926: {
      text: "NeuroStar FDA clearance 10 Oct 2008; labelled course; adolescent clearance K231926 (22 Mar 2024).",
      tier: "primary"
    },
    Berman2000: {
      text: "Berman RM et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry 2000;47:351-4.",
      tier: "primary"
    },
    Zarate2006: {
      text: "Zarate CA Jr et al. A randomized trial of an NMDA antagonist in TRD. Arch Gen Psychiatry 2006;63:856-64.",
      tier: "primary"
    },
    Andrade2017: {
      text: "Andrade C. Ketamine for depression, 4. J Clin Psychiatry 2017;78(7):e852-e857.",
      tier: "primary"
    },
    Andrade2019: {
      text: "Andrade C. Oral ketamine for depression, 2. J Clin Psychiatry 2019.",
      tier: "primary"
    },
    Rolan2014: {
      text: "Rolan P et al. Absolute bioavailability of racemic ketamine from a sublingual formulation. Br J Clin Pharmacol 2014;77:1011-6.",
      tier: "primary"
    },
    Chong2006: {
      text: "Chong C et al. Bioavailability of ketamine after oral or sublingual administration. Pain Med 2006;7(5):469 (abstract; full paper Clin Drug Investig 2009).",
      tier: "primary"
    },
    Peltoniemi2016: {
      text: "Peltoniemi MA et al. Ketamine: a review of clinical pharmacokinetics and pharmacodynamics. Clin Pharmacokinet 2016;55:1059-77 (uncertain route values).",
      tier: "primary"
    },
    "ketamine-PK-summary": {
      text: "encyclopedic summary: oral 17\u201320%, IM 93%, IN 25\u201350%, SL 30%, rectal 30% (secondary).",
      tier: "primary"
    },
    "Pharmacotherapy2022-T6": {
      text: "intranasal racemic ketamine PK table (F 11\u201317%). Pharmacotherapy 2022;42(4):298-310 (PMC9118341).",
      tier: "primary"
    },
    Anand2023: {
      text: "Anand A et al. Ketamine vs ECT for nonpsychotic TRD (ELEKT-D). N Engl J Med 2023;388:2315-25.",
      tier: "primary"
    },
    Ekstrand2022: {
      text: "Ekstrand J et al. Racemic ketamine vs ECT (KetECT). Int J Neuropsychopharmacol 2022 (PMC9154276).",
      tier: "primary"
    },
    Williams2018: {
      text: "Williams NR et al. Attenuation of antidepressant effects of ketamine by opioid receptor antagonism. Am J Psychiatry 2018;175:1205-15.",
      tier: "primary"
    },
    "Spravato-label": {
      text: "SPRAVATO (esketamine) US Prescribing Information & REMS (Janssen); label dosing/PK as reproduced by prescribing summaries.",
      tier: "primary"
    },
    NAMI2019: {
      text: "FDA approval news, 5 Mar 2019; JAMA 2019;321(15):1449.",
      tier: "primary"
    },
    JAMA2019: {
      text: "FDA approval news, 5 Mar 2019; JAMA 2019;321(15):1449.",
      tier: "primary"
    },
    Maestro2019: {
      text: "FDA approval news, 5 Mar 2019; JAMA 2019;321(15):1449.",
      tier: "primary"
    },
    "JnJ-2025": {
      text: "Johnson & Johnson release: monotherapy approval, 21 Jan 2025.",
      tier: "primary"
    },
    Popova2019: {
      text: "TRANSFORM-2 (Am J Psychiatry 2019), SUSTAIN-1 (JAMA Psychiatry 2019), ESCAPE-TRD (N Engl J Med 2023) (figures uncertain).",
      tier: "primary"
    },
    Daly2019: {
      text: "TRANSFORM-2 (Am J Psychiatry 2019), SUSTAIN-1 (JAMA Psychiatry 2019), ESCAPE-TRD (N Engl J Med 2023) (figures uncertain).",
      tier: "primary"
    },
    Reif2023: {
      text: "TRANSFORM-2 (Am J Psychiatry 2019), SUSTAIN-1 (JAMA Psychiatry 2019), ESCAPE-TRD (N Engl J Med 2023) (figures uncertain).",
      tier: "primary"
    },
    "Esk-CN2023": {
      text: "esketamine RCT (PMID 37025256) using MGH-ATRQ \u226425% improvement / \u22656 weeks (seen in a cached full-text table).",
      tier: "primary"
    },
    Goodwin2022: {
      text: "Goodwin GM et al. Single-dose psilocybin for a treatment-resistant episode of major depression. N Engl J Med 2022;387:1637-48.",
      tier: "primary"
    },
    CarhartHarris2021: {
      text: "Carhart-Harris R et al. Trial of psilocybin vs escitalopram for depression. N Engl J Med 2021;384:1402-11.",
      tier: "primary"
    },
    Raison2023: {
      text: "Raison CL et al. Single-dose psilocybin for MDD. JAMA 2023;330:843-853.",
      tier: "primary"
    },
    FDLI2025: {
      text: "FDA CRL to Lykos for MDMA-AT (9 Aug 2024), released 4 Sep 2025.",
      tier: "primary"
    },
    "Consultant360-2025": {
      text: "FDA CRL to Lykos for MDMA-AT (9 Aug 2024), released 4 Sep 2025.",
      tier: "primary"
    },
    "Auvelity-news": {
      text: "FDA approval of dextromethorphan-bupropion, Aug 2022 (drugs.com history; MedPage; APhA).",
      tier: "primary"
    },
    Li2010: {
      text: "Li N et al. mTOR-dependent synapse formation underlies rapid antidepressant effects of NMDA antagonists. Science 2010;329:959-64.",
      tier: "primary"
    },
    Autry2011: {
      text: "Autry AE et al. NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses. Nature 2011;475:91-5.",
      tier: "primary"
    },
    Zanos2016: {
      text: "Zanos P et al. NMDAR inhibition-independent antidepressant actions of ketamine metabolites. Nature 2016;533:481-6.",
      tier: "primary"
    },
    Duman2012: {
      text: "Duman RS, Aghajanian GK. Synaptic dysfunction in depression. Science 2012;338:68-72.",
      tier: "primary"
    },
    Ly2018: {
      text: "Ly C et al. Psychedelics promote structural and functional neural plasticity. Cell Rep 2018;23:3170-82.",
      tier: "primary"
    },
    Vollenweider1998: {
      text: "Vollenweider FX et al. Psilocybin induces schizophrenia-like psychosis via 5-HT2 agonist action. NeuroReport 1998;9:3897-902.",
      tier: "primary"
    },
    Meyer2004: {
      text: "Meyer JH et al. Serotonin transporter occupancy of five SSRIs at different doses. Am J Psychiatry 2004;161:826-35.",
      tier: "primary"
    },
    Gassaway2014: {
      text: "Gassaway MM et al. The atypical antidepressant tianeptine is a mu-opioid receptor agonist. Transl Psychiatry 2014;4:e411.",
      tier: "primary"
    },
    Berney2005: {
      text: "Berney P. Dose-response relationship of recent antidepressants. Dialogues Clin Neurosci 2005;7:249-62.",
      tier: "primary"
    },
    Quitkin1985: {
      text: '"The importance of dosage in prescribing antidepressants." Br J Psychiatry 1985;147:593-7 (imipramine 300 mg / phenelzine 90 mg before refractory; author attribution uncertain).',
      tier: "primary"
    },
    Touma2017: {
      text: "Touma KTB et al. Liothyronine for depression. Innov Clin Neurosci 2017;14(3-4):24-29 (PMC5451035).",
      tier: "primary"
    },
    Bauer2000: {
      text: "Bauer M et al. Lithium augmentation in continuation treatment. Am J Psychiatry 2000;157:1429-35.",
      tier: "primary"
    },
    "JCP1998-lithium": {
      text: '"The use of lithium to augment antidepressant medication." J Clin Psychiatry 1998;59(suppl 5):32-39.',
      tier: "primary"
    },
    AbouSaleh2017: {
      text: "Abou-Saleh MT et al. Lithium in unipolar depression. Int J Bipolar Disord 2017;5:11.",
      tier: "primary"
    },
    "Bauer-Adli2014": {
      text: "Bauer M, Adli M et al. Chronic and treatment resistant depression. Dtsch Arztebl Int 2014;111:766-76.",
      tier: "primary"
    },
    Yeung2023: {
      text: "Yeung A, Sapirstein G, Crain LD, Cramer MA, Espi Forcen F, Sprich S, Cohen JN. Pharmacotherapy and ketamine assisted psychotherapy for TRD: a patient with lifelong self-doubt and self-criticism. J Clin Psychiatry 2023;84(3):23ct14798. doi:10.4088/JCP.23ct14798.",
      tier: "primary"
    },
    Mathai2022: {
      text: "Mathai DS et al. Toward synergies of ketamine and psychotherapy. Front Psychol 2022;13:868103.",
      tier: "primary"
    },
    "ACT-esketamine2022": {
      text: "review proposing esketamine with ACT (PMC8992793).",
      tier: "primary"
    },
    Shedler2010: {
      text: "Shedler J. The efficacy of psychodynamic psychotherapy (Springer chapter / Am Psychol 2010).",
      tier: "primary"
    },
    "FDA-label": {
      text: "US prescribing information on DailyMed (openFDA label endpoints exist for each drug; dosing values recalled).",
      tier: "unverified"
    },
    "FDA-labels": {
      text: "US prescribing information on DailyMed (openFDA label endpoints exist for each drug; dosing values recalled).",
      tier: "unverified"
    },
    "Symbyax-label": {
      text: "US prescribing information on DailyMed (openFDA label endpoints exist for each drug; dosing values recalled).",
      tier: "unverified"
    },
    "EMA-SmPC": {
      text: "EU Summary of Product Characteristics (agomelatine).",
      tier: "unverified"
    },
    "APA-GuidelineWatch2005": {
      text: "Fochtmann LJ, Gelenberg AJ. Guideline Watch: APA MDD guideline 2nd ed. Focus 2005;3:34 (nefazodone liver-failure rate; retrieved).",
      tier: "unverified"
    },
    "Montgomery-citalopram-meta": {
      text: "meta-analysis of fixed-dose citalopram trials finding 20 mg the minimum effective dose (scilit abstract; author uncertain).",
      tier: "unverified"
    },
    Heijnen2010: {
      text: "Heijnen WT et al. Antidepressant pharmacotherapy failure and response to subsequent ECT: meta-analysis. J Clin Psychopharmacol 2010;30:616-9.",
      tier: "unverified"
    },
    Blumberger2018: {
      text: "Blumberger DM et al. THREE-D: iTBS vs 10 Hz rTMS. Lancet 2018;391:1683-92.",
      tier: "unverified"
    },
    Levkovitz2015: {
      text: "Levkovitz Y et al. Deep TMS multicentre RCT. World Psychiatry 2015;14:64-73.",
      tier: "unverified"
    },
    Modirrousta2018: {
      text: "Modirrousta M et al. Twice-daily vs once-daily rTMS (30 sessions, 3000 pulses). Neuropsychiatr Dis Treat 2018;14:309-316 (retrieved).",
      tier: "unverified"
    },
    "jrank-ECT": {
      text: "encyclopedia summary of ECT procedure (6\u201312 treatments, 2\u20133/week) (retrieved).",
      tier: "unverified"
    },
    Kayser2015: {
      text: "Kayser S et al. Magnetic seizure therapy in TRD. Psychol Med 2015 (retrieved).",
      tier: "unverified"
    },
    "Frontiers-tDCS2023": {
      text: "home tDCS observational cohort, Front Psychiatry 2023 (retrieved).",
      tier: "unverified"
    },
    Tundo2019: {
      text: "Tundo A et al. Pramipexole in unipolar/bipolar depression: systematic review/meta-analysis (uncertain citation).",
      tier: "unverified"
    },
    deBoer1996: {
      text: "de Boer T. Pharmacologic profile of mirtazapine. J Clin Psychiatry 1996;57(suppl 4):19-25.",
      tier: "unverified"
    },
    Krystal2020: {
      text: "Krystal AD et al. A randomized proof-of-mechanism trial of KOR antagonism for anhedonia (FAST-MAS). Nat Med 2020;26:760-8.",
      tier: "unverified"
    },
    "Learned-Coughlin2003": {
      text: "Learned-Coughlin SM et al. In vivo DAT occupancy by bupropion. Biol Psychiatry 2003;54:800-5.",
      tier: "unverified"
    },
    Artigas1994: {
      text: "Artigas F et al. Pindolol induces a rapid improvement of depressed patients treated with SSRIs. Arch Gen Psychiatry 1994;51:248-51.",
      tier: "unverified"
    },
    Beck1979: {
      text: "Beck AT et al. Cognitive Therapy of Depression (1979).",
      tier: "unverified"
    },
    Linehan1993: {
      text: "Linehan MM. Cognitive-Behavioral Treatment of BPD (1993).",
      tier: "unverified"
    },
    Hayes1999: {
      text: "Hayes SC et al. ACT (1999).",
      tier: "unverified"
    },
    Klerman1984: {
      text: "Klerman GL, Weissman MM et al. Interpersonal Psychotherapy of Depression (1984).",
      tier: "unverified"
    },
    Bowen1978: {
      text: "Bowen M. Family Therapy in Clinical Practice (1978).",
      tier: "unverified"
    },
    Rogers1951: {
      text: "Rogers CR. Client-Centered Therapy (1951).",
      tier: "unverified"
    },
    Foa: {
      text: "Foa EB et al. ERP for OCD (e.g., Am J Psychiatry 2005).",
      tier: "unverified"
    },
    Dimidjian2006: {
      text: "Dimidjian S et al. Randomized trial of behavioral activation, cognitive therapy and antidepressant medication in major depression. J Consult Clin Psychol 2006;74:658-70.",
      tier: "unverified"
    },
    Kuyken2016: {
      text: "Kuyken W et al. Efficacy of mindfulness-based cognitive therapy in prevention of depressive relapse: an individual patient data meta-analysis. JAMA Psychiatry 2016;73:565-74.",
      tier: "unverified"
    },
    Galecki2022: {
      text: "Ga\u0142ecki P et al. TRD in Poland. J Clin Med 2022;11:480 (retrieved).",
      tier: "unverified"
    },
    Soares2021: {
      text: "Soares B et al. TRAL study. Psychiatr Q 2021;92:1797-1815 (retrieved).",
      tier: "unverified"
    },
    LancetWP2022: {
      text: "Hong Kong TRD cohort, Lancet Reg Health West Pac 2022 (PMC9142753; retrieved).",
      tier: "unverified"
    },
    Gronemann2021: {
      text: "Danish register TRD incidence, J Clin Psychiatry (dev.psychiatrist.com; retrieved; author uncertain).",
      tier: "unverified"
    },
    "ATRQ-COMP006": {
      text: 'transcription of a trial-specific MGH-ATRQ "Minimum Dose" column inside a public GitHub code file (COMP006 psilocybin protocol screening tool). Secondary; verify against the official MGH ATRQ before shipping.',
      tier: "secondary"
    },
    "ATHF-blog": {
      text: "saclinicaltrials.blogspot.com summary of ATHF scoring rules (secondary).",
      tier: "secondary"
    },
    McMaster: {
      text: "McMaster Textbook of Internal Medicine (empendium) antidepressant dose table.",
      tier: "secondary"
    },
    Portico: {
      text: "Portico (CAMH) second/third-line antidepressant dose table.",
      tier: "secondary"
    },
    "NHS-Scot": {
      text: 'NHS Scotland "Antidepressants: quality prescribing" (standard SSRI doses).',
      tier: "secondary"
    },
    "FPN-TCP": {
      text: "fpnotebook tranylcypromine dosing.",
      tier: "secondary"
    },
    OttawaAlg: {
      text: "Ottawa Depression Algorithm augmentation steps (based on CANMAT 2016).",
      tier: "secondary"
    },
    "eTG-TRD": {
      text: "Australian Therapeutic Guidelines (psychotropic), lithium augmentation target 0.4\u20130.6 mmol/L.",
      tier: "secondary"
    },
    "MedAlg-TRSM": {
      text: "medicalalgorithms.com Thase\u2013Rush staging summary.",
      tier: "secondary"
    },
    "drOracle-staging": {
      text: "AI-generated summary of staging models (low trust; used only for corroboration).",
      tier: "secondary"
    },
    "PEF-MSM": {
      text: "psychiatryeducationforum.com MSM scoring summary.",
      tier: "secondary"
    },
    "JDCook-HIPAA": {
      text: "John D. Cook blog posts on Safe Harbor identifiers and sparse ZIP prefixes.",
      tier: "secondary"
    },
    "JDCook-ZIP": {
      text: "John D. Cook blog posts on Safe Harbor identifiers and sparse ZIP prefixes.",
      tier: "secondary"
    },
    "CDC-ReportStream": {
      text: "CDCgov/prime-reportstream issue #5232 on ZIP de-identification.",
      tier: "secondary"
    },
    "RANZCP-example": {
      text: "example de-identification declaration in a RANZCP case history (desklib).",
      tier: "secondary"
    },
    Psykolog2023: {
      text: "Tidsskrift for Norsk psykologforening 2023 (KAP clinic model; ketamine FDA 1970).",
      tier: "secondary"
    },
    "qeeebo-summary": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    "Blossom-Goodwin": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    "CDHub-SAINT": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    "Carlat-VNS": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    "PsychTimes-VNS": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    "MIMS-Spravato": {
      text: "News or summary page (secondary; corroboration only).",
      tier: "secondary"
    },
    Stahl: {
      text: "Stahl SM. Stahl's Essential Psychopharmacology (textbook).",
      tier: "unverified"
    },
    REMS: {
      text: "SPRAVATO Risk Evaluation and Mitigation Strategy (REMS) programme materials.",
      tier: "primary"
    },
    LiVlisides2016: {
      text: "Li L, Vlisides PE. Ketamine: 50 years of modulating the mind. Front Hum Neurosci 2016;10:612 (route bioavailability figures as cited by Yeung2023; not retrieved).",
      tier: "unverified"
    }
  }
};

// server/src/core/knowledge/staging.json
var staging_default = {
  $comment: "Staging models of treatment resistance, paraphrased. The adequacy summary computes Thase-Rush stages and Maudsley points from the treatment history.",
  models: [
    {
      id: "thase-rush",
      name: "Thase-Rush staging model",
      summary: "Stages resistance by the classes of adequate trials that failed, in a fixed order; cumulative.",
      levels: [
        {
          level: "0",
          criterion: "responded to an adequate trial (not resistant)"
        },
        {
          level: "I",
          criterion: "at least one adequate trial of one major antidepressant class failed"
        },
        {
          level: "II",
          criterion: "stage I, and an adequate trial of a different class failed"
        },
        {
          level: "III",
          criterion: "stage II, and an adequate TCA trial failed"
        },
        {
          level: "IV",
          criterion: "stage III, and an adequate MAOI trial failed"
        },
        {
          level: "V",
          criterion: "stage IV, and a course of bilateral ECT failed"
        }
      ],
      notes: "Assumes that TCAs and MAOIs are more effective and a fixed order of treatments; ignores augmentation; leaves adequacy undefined.",
      src: [
        "ThaseRush1997",
        "MedAlg-TRSM",
        "Fava2003"
      ]
    },
    {
      id: "european",
      name: "European staging model (Souery 1999)",
      summary: "Separates nonresponders from five TRD levels by the cumulative length of failed trials, and names chronic resistant depression.",
      levels: [
        {
          level: "nonresponder",
          criterion: "one adequate trial (TCA, SSRI, MAOI, SNRI, ECT or other) failed; 6-8 weeks"
        },
        {
          level: "TRD1",
          criterion: "two or more adequate trials failed, including different classes; 12-16 weeks",
          uncertain: true
        },
        {
          level: "TRD2",
          criterion: "as TRD1; 18-24 weeks",
          uncertain: true
        },
        {
          level: "TRD3",
          criterion: "as TRD1; 24-32 weeks",
          uncertain: true
        },
        {
          level: "TRD4",
          criterion: "as TRD1; 30-40 weeks",
          uncertain: true
        },
        {
          level: "TRD5",
          criterion: "as TRD1; 36 weeks to 1 year",
          uncertain: true
        },
        {
          level: "CRD",
          criterion: "chronic resistant depression: resistant to several trials including augmentation, for at least 12 months",
          uncertain: true
        }
      ],
      src: [
        "Souery1999",
        "drOracle-staging"
      ]
    },
    {
      id: "mgh-s",
      name: "MGH staging method (Fava 2003)",
      summary: "Adds points per failed adequate trial, optimisation, augmentation and ECT; a continuous score.",
      levels: [
        {
          level: "failed adequate antidepressant trial (at least 6 weeks at an adequate dose)",
          criterion: "each",
          points: 1
        },
        {
          level: "optimisation of a trial (dose or duration)",
          criterion: "each",
          points: 0.5
        },
        {
          level: "augmentation or combination strategy",
          criterion: "each",
          points: 0.5
        },
        {
          level: "failed ECT",
          criterion: "once",
          points: 3
        }
      ],
      src: [
        "Fava2003",
        "drOracle-staging"
      ],
      uncertain: true
    },
    {
      id: "maudsley",
      name: "Maudsley Staging Method (Fekadu 2009)",
      summary: "Scores five dimensions, 3-15 points in all: episode duration, baseline severity, antidepressant failures, augmentation and ECT. Bands: mild 3-6, moderate 7-10, severe 11-15.",
      levels: [
        {
          level: "duration: acute (12 months or less)",
          criterion: "duration",
          points: 1
        },
        {
          level: "duration: subacute (13-24 months)",
          criterion: "duration",
          points: 2
        },
        {
          level: "duration: chronic (over 24 months)",
          criterion: "duration",
          points: 3
        },
        {
          level: "severity: subsyndromal",
          criterion: "severity",
          points: 1
        },
        {
          level: "severity: mild",
          criterion: "severity",
          points: 2
        },
        {
          level: "severity: moderate",
          criterion: "severity",
          points: 3
        },
        {
          level: "severity: severe without psychosis",
          criterion: "severity",
          points: 4
        },
        {
          level: "severity: severe with psychosis",
          criterion: "severity",
          points: 5
        },
        {
          level: "antidepressant failures: 1-2",
          criterion: "failures",
          points: 1
        },
        {
          level: "antidepressant failures: 3-4",
          criterion: "failures",
          points: 2
        },
        {
          level: "antidepressant failures: 5-6",
          criterion: "failures",
          points: 3
        },
        {
          level: "antidepressant failures: 7-10",
          criterion: "failures",
          points: 4
        },
        {
          level: "antidepressant failures: over 10",
          criterion: "failures",
          points: 5
        },
        {
          level: "augmentation used",
          criterion: "augmentation",
          points: 1
        },
        {
          level: "ECT used",
          criterion: "ect",
          points: 1
        }
      ],
      notes: "A cut-off near 7.5 has been proposed to separate TRD from non-TRD (secondary source, uncertain). The Maudsley Treatment Inventory documents failures.",
      src: [
        "Fekadu2009",
        "Fekadu2018",
        "PEF-MSM"
      ]
    },
    {
      id: "athf",
      name: "ATHF resistance rating (long form)",
      summary: "Rates each trial 0-5; 3 or more is adequate.",
      levels: [
        {
          level: "0",
          criterion: "no trial, or unknown"
        },
        {
          level: "1-2",
          criterion: "too short (under 4 weeks) or below the adequate dose band"
        },
        {
          level: "3",
          criterion: "adequate: at least 4 weeks in the adequate dose band"
        },
        {
          level: "4",
          criterion: "at least 4 weeks in a high dose band"
        },
        {
          level: "5",
          criterion: "a high-dose trial with augmentation such as lithium",
          uncertain: true
        }
      ],
      notes: "One point off when the trial stopped for poor tolerability or nonadherence. Per-drug ATHF dose bands are not recorded here; caselint uses the ATRQ minima.",
      src: [
        "Sackeim2001",
        "Oquendo2003",
        "ATHF-blog"
      ]
    }
  ]
};

// server/src/core/knowledge/trd-definitions.json
var trd_definitions_default = {
  $comment: "Definitions of an adequate trial and of treatment-resistant depression, one per body or instrument, paraphrased. caselint's default (atrq_mgh): a trial counts when the dose is at least the drug's minimum adequate dose and it lasted at least 6 weeks; TRD needs at least 2 such trials.",
  default: "atrq_mgh",
  definitions: [
    {
      id: "atrq_mgh",
      body: "MGH Antidepressant Treatment Response Questionnaire (ATRQ)",
      minFailedTrials: "counts trials; TRD in trials usually means at least 2",
      sameEpisode: "yes (current episode)",
      minDurationWeeks: "6",
      doseRule: "at or above the drug-specific minimum dose",
      nonresponseRule: "under 25% improvement is nonresponse; 25-49% partial; 50% or more without remission is response",
      notes: "Self- or clinician-rated; agreed with an expert interview in about three quarters of cases and tends to undercount failed trials. This is the definition caselint uses by default.",
      src: [
        "Chandler2010",
        "Desseilles2011",
        "Esk-CN2023"
      ]
    },
    {
      id: "atrq_trial_variant",
      body: "Trial-specific ATRQ (e.g. a phase 3 psilocybin protocol)",
      minFailedTrials: "2-4",
      sameEpisode: "yes",
      minDurationWeeks: "8 (some sites 10)",
      doseRule: "drug-specific minimum dose",
      nonresponseRule: "per form",
      notes: "Sponsor versions lengthen the minimum duration.",
      src: [
        "ATRQ-COMP006"
      ],
      uncertain: true
    },
    {
      id: "athf_long",
      body: "Antidepressant Treatment History Form (Sackeim)",
      minFailedTrials: "rates each trial",
      sameEpisode: "current and past episodes",
      minDurationWeeks: "at least 4 at an adequate dose",
      doseRule: "drug-specific dose bands",
      nonresponseRule: "ratings 0-5; 3 or more is adequate; 1 point off when stopped for intolerance or nonadherence",
      notes: "Episodes are separated by at least 2 months of euthymia; a computer algorithm matches clinicians closely.",
      src: [
        "Sackeim2001",
        "Oquendo2003",
        "ATHF-blog"
      ]
    },
    {
      id: "athf_sf",
      body: "ATHF short form (2019)",
      minFailedTrials: "rates each treatment",
      sameEpisode: "yes",
      minDurationWeeks: "uncertain",
      doseRule: "checklist of adequate doses",
      nonresponseRule: "checklist scoring",
      notes: "Adds brain stimulation and psychotherapies (behaviour therapy, CBT, IPT, problem-solving therapy, short-term psychodynamic therapy) as treatments that can be adequate.",
      src: [
        "Sackeim2019"
      ],
      uncertain: true
    },
    {
      id: "athf_sf2",
      body: "ATHF-SF2 (2024)",
      minFailedTrials: "rates each treatment",
      sameEpisode: "yes",
      minDurationWeeks: "uncertain",
      doseRule: "minimal criteria per intervention",
      nonresponseRule: "-",
      notes: "Adds consensus on which newer interventions count.",
      src: [
        "Sackeim2024"
      ],
      uncertain: true
    },
    {
      id: "gaynes_ahrq",
      body: "AHRQ/CMS systematic review",
      minFailedTrials: "2",
      sameEpisode: "-",
      minDurationWeeks: "adequate (no consensus)",
      doseRule: "adequate (no consensus)",
      nonresponseRule: "-",
      notes: "The most common definition in the literature, yet only 17% of intervention studies met it.",
      src: [
        "Gaynes2020"
      ]
    },
    {
      id: "eu_pearl",
      body: "EU-PEARL Delphi consensus",
      minFailedTrials: "2",
      sameEpisode: "uncertain",
      minDurationWeeks: "stopping before the end of week 4 without clear nonresponse is not a failure",
      doseRule: "adequate",
      nonresponseRule: "under 25% improvement",
      notes: "96% agreement on at least 2 failed trials with under 25% improvement; bipolar depression is excluded.",
      src: [
        "Sforzini2022"
      ]
    },
    {
      id: "ema_2013",
      body: "EMA CHMP depression guideline, revision 2 (2013)",
      minFailedTrials: "2",
      sameEpisode: "current episode",
      minDurationWeeks: "adequate",
      doseRule: "adequate",
      nonresponseRule: "no clinically meaningful improvement, with adherence confirmed",
      notes: "The two agents may be of the same or different classes (uncertain wording); an earlier EMA concept asked for two classes.",
      src: [
        "EMA2013",
        "Jaffe2019"
      ],
      uncertain: true
    },
    {
      id: "fda_labels",
      body: "FDA labelling (Symbyax 2009, Spravato 2019)",
      minFailedTrials: "2",
      sameEpisode: "current episode",
      minDurationWeeks: "adequate",
      doseRule: "adequate",
      nonresponseRule: "inadequate response",
      notes: "The FDA has no separate formal TRD guidance; the definition lives in labels (uncertain).",
      src: [
        "Spravato-label",
        "Symbyax-label"
      ],
      uncertain: true
    },
    {
      id: "gsrd_dold_kasper",
      body: "European GSRD / Dold and Kasper 2017",
      minFailedTrials: "2 consecutive",
      sameEpisode: "current episode",
      minDurationWeeks: "at least 4 (uncertain)",
      doseRule: "adequate",
      nonresponseRule: "nonresponse",
      notes: "A review of evidence-based TRD pharmacotherapy.",
      src: [
        "DoldKasper2017"
      ],
      uncertain: true
    },
    {
      id: "nice",
      body: "NICE (CG90 glossary, NG222)",
      minFailedTrials: "2",
      sameEpisode: "sequential trials",
      minDurationWeeks: "adequate",
      doseRule: "adequate",
      nonresponseRule: "no response",
      notes: "NG222 prefers the phrase further-line treatment (uncertain wording).",
      src: [
        "NICE-CG90",
        "NICE-NG222"
      ],
      uncertain: true
    },
    {
      id: "canmat_2016",
      body: "CANMAT 2016",
      minFailedTrials: "2",
      sameEpisode: "-",
      minDurationWeeks: "assess at 2-4 weeks; a trial lasts 6-8 weeks (uncertain)",
      doseRule: "optimise the dose",
      nonresponseRule: "under 20% improvement at 2-4 weeks means change",
      notes: "CANMAT 2023 adopted the difficult-to-treat depression framing.",
      src: [
        "CANMAT2016",
        "CANMAT2023",
        "McAllister-Williams2020"
      ],
      uncertain: true
    },
    {
      id: "neurostar_label",
      body: "NeuroStar rTMS indication (FDA 2008)",
      minFailedTrials: "1",
      sameEpisode: "current episode (else a prior one)",
      minDurationWeeks: "at least 4 at the minimum labelled dose",
      doseRule: "minimum labelled (effective) dose",
      nonresponseRule: "no satisfactory improvement",
      notes: "The device label defines adequate as the minimum labelled dose for at least 4 weeks.",
      src: [
        "EVMS-TMS",
        "Carlat2008"
      ]
    },
    {
      id: "apa_2010",
      body: "APA Practice Guideline, 3rd edition",
      minFailedTrials: "-",
      sameEpisode: "-",
      minDurationWeeks: "4-8 weeks before reappraisal",
      doseRule: "-",
      nonresponseRule: "inadequate response means change",
      notes: "",
      src: [
        "APA2010"
      ],
      uncertain: true
    }
  ]
};

// server/src/core/knowledge/index.ts
var BASE_DRUGS = drugs_default.drugs;
var CLASSES = classes_default.classes;
var PROCEDURES = procedures_default.procedures;
var KETAMINE = ketamine_default;
var MECHANISMS = mechanisms_default.mechanisms;
var SOURCES = sources_default.sources;
var TRD_DEFINITIONS = trd_definitions_default.definitions;
var STAGING = staging_default.models;
var CONFIG_SOURCE = "config";
function drugKey(name) {
  return name.toLowerCase().replace(/[-/_]/g, " ").replace(/\s+/g, " ").trim();
}
function classKey(value) {
  return value.toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
}
function termKey(value) {
  return value.toLowerCase().replace(/[^a-z0-9αβσ]/g, "");
}
var KnowledgeBase = class {
  frameworksById = /* @__PURE__ */ new Map();
  drugsByName = /* @__PURE__ */ new Map();
  /** generic, brand, alias keys -> generic name */
  drugIndex = /* @__PURE__ */ new Map();
  brandList = [];
  classIndex = /* @__PURE__ */ new Map();
  mechanismIndex = /* @__PURE__ */ new Map();
  procedureIndex = /* @__PURE__ */ new Map();
  constructor(config = {}) {
    for (const f of frameworks_default.frameworks) this.frameworksById.set(f.id, f);
    for (const id of config.frameworks ?? []) {
      if (!this.frameworksById.has(id)) {
        this.frameworksById.set(id, { id, name: titleCase(id), aliases: [], summary: "A framework added by the configuration file.", src: [] });
      }
    }
    for (const c of CLASSES) {
      this.classIndex.set(classKey(c.id), c.id);
      for (const s of c.synonyms) if (!this.classIndex.has(classKey(s))) this.classIndex.set(classKey(s), c.id);
    }
    for (const d of BASE_DRUGS) {
      for (const s of d.classSynonyms ?? []) if (!this.classIndex.has(classKey(s))) this.classIndex.set(classKey(s), d.class);
    }
    for (const d of BASE_DRUGS) this.addDrug({ ...d, origin: "data" });
    for (const o of config.drugs ?? []) this.applyOverride(o);
    for (const m of MECHANISMS) {
      for (const t of [m.id, m.term, ...m.aliases]) {
        const k = termKey(t);
        if (k && !this.mechanismIndex.has(k)) this.mechanismIndex.set(k, m);
      }
    }
    for (const p of PROCEDURES) {
      for (const t of [p.id, p.name, ...p.aliases]) {
        const k = classKey(t);
        if (!this.procedureIndex.has(k)) this.procedureIndex.set(k, p);
      }
    }
  }
  addDrug(d) {
    const old = this.drugsByName.get(d.name);
    if (old) this.brandList.splice(0, this.brandList.length, ...this.brandList.filter((b) => b.generic !== d.name));
    this.drugsByName.set(d.name, d);
    this.drugIndex.set(drugKey(d.name), d.name);
    for (const b of d.brands) {
      this.drugIndex.set(drugKey(b), d.name);
      this.brandList.push({ brand: b, generic: d.name });
    }
    for (const a of d.aliases ?? []) this.drugIndex.set(drugKey(a), d.name);
  }
  applyOverride(o) {
    if (!o || typeof o.name !== "string" || o.name.trim() === "") return;
    const existingName = this.drugIndex.get(drugKey(o.name));
    const existing = existingName ? this.drugsByName.get(existingName) : void 0;
    const cls = typeof o.class === "string" ? this.normalizeClass(o.class) ?? "other" : void 0;
    const base = existing ? { ...existing, src: [...existing.src] } : { name: o.name.trim().toLowerCase(), brands: [], class: cls ?? "other", mechanisms: [], antidepressant: false, src: [CONFIG_SOURCE] };
    base.origin = "config";
    if (cls) base.class = cls;
    if (Array.isArray(o.brands)) base.brands = [.../* @__PURE__ */ new Set([...base.brands, ...o.brands.filter((b) => typeof b === "string")])];
    const min = configMg(o.min_dose);
    if (min !== void 0) base.minDoseMg = { value: min, src: [CONFIG_SOURCE] };
    const max = configMg(o.max_dose);
    if (max !== void 0) base.maxDoseMg = { value: max, src: [CONFIG_SOURCE] };
    if (typeof o.antidepressant === "boolean") base.antidepressant = o.antidepressant;
    else if (!existing || cls) base.antidepressant = this.classIsAntidepressant(base.class) && !["ketamine", "esketamine"].includes(base.name);
    if (!base.src.includes(CONFIG_SOURCE)) base.src.push(CONFIG_SOURCE);
    this.addDrug(base);
  }
  framework(id) {
    return this.frameworksById.get(id);
  }
  frameworks() {
    return [...this.frameworksById.values()];
  }
  frameworkIds() {
    return [...this.frameworksById.keys()];
  }
  // ---- drugs ----
  /** A drug by generic name, brand or alias, case-insensitive; hyphens, slashes and spaces are interchangeable. */
  drug(nameOrBrand) {
    if (typeof nameOrBrand !== "string") return void 0;
    const generic = this.drugIndex.get(drugKey(nameOrBrand));
    return generic === void 0 ? void 0 : this.drugsByName.get(generic);
  }
  drugs() {
    return [...this.drugsByName.values()];
  }
  /** Generic names. */
  drugNames() {
    return [...this.drugsByName.keys()];
  }
  brandNames() {
    return [...this.brandList];
  }
  /** The generic names (brands resolve to theirs) nearest to a misspelt name, best first. */
  nearestDrugs(name, limit = 3) {
    if (typeof name !== "string" || name.trim() === "") return [];
    const candidates = /* @__PURE__ */ new Map();
    for (const g of this.drugsByName.keys()) candidates.set(g, g);
    for (const b of this.brandList) if (!candidates.has(b.brand)) candidates.set(b.brand, b.generic);
    const needle = name.trim().toLowerCase();
    const found = nearest(needle, candidates.keys(), limit * 2);
    const dist = found.map((c) => editDistance(needle, c.toLowerCase()));
    const best = Math.min(...dist);
    const out = [];
    found.forEach((c, i) => {
      if ((dist[i] ?? Infinity) > best) return;
      const g = candidates.get(c) ?? c;
      if (!out.includes(g) && out.length < limit) out.push(g);
    });
    return out;
  }
  augmentationAgents() {
    return this.drugs().filter((d) => d.augmentationAgent);
  }
  // ---- classes ----
  /** A class value or synonym -> the format.md class value ("NDRI" -> "atypical antidepressant"). */
  normalizeClass(value) {
    if (typeof value !== "string") return void 0;
    return this.classIndex.get(classKey(value));
  }
  /** True when `stated` names the drug's class (or a class or subclass it is accepted under). "other" always matches. */
  classMatches(drug, stated) {
    if (typeof stated !== "string") return false;
    const k = classKey(stated);
    if (k === "other" || drug.class === "other") return true;
    const accepted = [drug.class, ...drug.alsoClasses ?? []];
    if (accepted.some((c) => classKey(c) === k)) return true;
    if ((drug.classSynonyms ?? []).some((s) => classKey(s) === k)) return true;
    const cls = CLASSES.find((c) => c.synonyms.some((s) => classKey(s) === k));
    return cls !== void 0 && accepted.includes(cls.id);
  }
  classes() {
    return CLASSES.map((c) => {
      const subclasses = BASE_DRUGS.filter((d) => d.class === c.id || (d.alsoClasses ?? []).includes(c.id)).flatMap((d) => d.classSynonyms ?? []);
      return { id: c.id, synonyms: [.../* @__PURE__ */ new Set([...c.synonyms, ...subclasses])], description: c.description };
    });
  }
  classIsAntidepressant(cls) {
    return CLASSES.some((c) => c.id === cls && c.antidepressant);
  }
  // ---- procedures, ketamine, mechanisms ----
  /** A procedure by its format.md value, name or alias, case-insensitive ("ect", "TMS", "theta burst"). */
  procedure(name) {
    if (typeof name !== "string") return void 0;
    return this.procedureIndex.get(classKey(name));
  }
  procedures() {
    return [...PROCEDURES];
  }
  ketamine() {
    return KETAMINE;
  }
  /** A mechanism by id, term or alias, ignoring case and punctuation ("NMDA", "5-HT2A", "mTOR"). */
  mechanism(term) {
    if (typeof term !== "string") return void 0;
    return this.mechanismIndex.get(termKey(term));
  }
  mechanisms() {
    return [...MECHANISMS];
  }
  /** Every mechanism term and alias as written, longest first (for scanning prose). */
  mechanismTerms() {
    const terms = /* @__PURE__ */ new Set();
    for (const m of MECHANISMS) for (const t of [m.term, ...m.aliases]) terms.add(t);
    return [...terms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  }
  // ---- sources, definitions, staging ----
  /** The citation a source key stands for. */
  source(key) {
    if (key === CONFIG_SOURCE) return "the project configuration file (.caselintrc)";
    return SOURCES[key]?.text;
  }
  sourceKeys() {
    return Object.keys(SOURCES);
  }
  trdDefinitions() {
    return [...TRD_DEFINITIONS];
  }
  stagingModels() {
    return [...STAGING];
  }
};
function configMg(value) {
  if (typeof value === "number" && value > 0) return value;
  const q = parseQuantity(value, "dose");
  return q.ok ? toMg(q.quantity) : void 0;
}
function titleCase(id) {
  return id.split(/[-_ ]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
}
var cache = /* @__PURE__ */ new Map();
function knowledgeBaseFor(config = {}) {
  const key = JSON.stringify({ d: config.drugs ?? [], f: config.frameworks ?? [] });
  let kb = cache.get(key);
  if (!kb) {
    if (cache.size > 32) cache.clear();
    kb = new KnowledgeBase(config);
    cache.set(key, kb);
  }
  return kb;
}

// server/src/core/adequacy.ts
var EPSILON = 1e-9;
var ROMAN = ["0", "I", "II", "III", "IV", "V"];
var RESPONDED = /* @__PURE__ */ new Set(["remission", "response"]);
function analyzeAdequacy(doc, kb, config = {}) {
  const minWeeks = minimumWeeks(config);
  const weightKg = patientWeightKg(doc);
  const trials = [];
  for (const { path: path6, value } of doc.items(["treatment_history"])) {
    if (!isRecord(value) || typeof value.drug !== "string" || value.drug.trim() === "") continue;
    trials.push(assessTrial(path6, value, kb, minWeeks, weightKg));
  }
  const counted = trials.filter((t) => t.antidepressant && t.status === "adequate");
  const failed = counted.filter((t) => t.failed);
  const summary = {
    trials,
    adequateCount: counted.length,
    failedCount: failed.length,
    minimumWeeks: minWeeks,
    thaseRush: thaseRush(doc, kb, trials),
    maudsley: maudsley(doc, kb, trials)
  };
  return summary;
}
function adequacyFor(ctx) {
  return ctx.shared("adequacy", () => analyzeAdequacy(ctx.doc, ctx.kb, ctx.config));
}
function getAdequacy(result, config = {}) {
  const shared = result.shared.get("adequacy");
  return shared ?? analyzeAdequacy(result.document, knowledgeBaseFor(config), config);
}
function assessTrial(path6, entry, kb, minWeeks, weightKg) {
  const written = String(entry.drug).trim();
  const info = kb.drug(written);
  const role = roleOf(entry.role);
  const outcome = typeof entry.outcome === "string" ? entry.outcome : void 0;
  const reasons = [];
  let weeks;
  if (entry.duration === void 0 || entry.duration === null) reasons.push("no duration");
  else {
    const q = parseQuantity(entry.duration, "time");
    weeks = q.ok ? toWeeks(q.quantity) : void 0;
    if (weeks === void 0) reasons.push("duration not readable");
  }
  let doseMg;
  let doseText;
  if (entry.dose === void 0 || entry.dose === null) reasons.push("no dose");
  else {
    const q = parseQuantity(entry.dose, "dose");
    if (!q.ok) reasons.push("dose not readable");
    else if (q.quantity.unit === "mEq/L" || q.quantity.unit === "ng/mL") {
      reasons.push("dose given as a serum level");
      doseText = q.quantity.text;
    } else if (q.quantity.unit === "mg/kg" && weightKg === void 0) {
      reasons.push("mg/kg dose without patient.weight");
      doseText = q.quantity.text;
    } else {
      doseMg = toMg(q.quantity, weightKg);
      doseText = `${round(doseMg ?? 0)} mg/day`;
    }
  }
  const unreadable = reasons.slice();
  const asAugmentation = role === "augmentation";
  const min = (asAugmentation ? info?.augmentationMinMg : void 0) ?? info?.minDoseMg;
  const max = (asAugmentation ? info?.augmentationMaxMg : void 0) ?? info?.maxDoseMg;
  const adequacyReasons = [];
  const judgeDuration = info !== void 0 && (info.antidepressant || role === "augmentation");
  if (weeks !== void 0 && judgeDuration && weeks < minWeeks - EPSILON) {
    adequacyReasons.push(`${formatWeeks(weeks)} < ${formatWeeks(minWeeks)}`);
  }
  if (doseMg !== void 0 && min && doseMg < min.value - EPSILON) {
    adequacyReasons.push(`${round(doseMg)} mg/day < ${round(min.value)} mg/day`);
  }
  if (outcome === "not tolerated" && info?.antidepressant) adequacyReasons.push("not tolerated");
  reasons.push(...adequacyReasons);
  let status;
  if (!info || !info.antidepressant) status = "not-counted";
  else if (adequacyReasons.length > 0) status = "inadequate";
  else if (unreadable.length > 0) status = "unassessable";
  else status = "adequate";
  if (!info) reasons.push("not in the knowledge base");
  else if (!info.antidepressant) reasons.push(role === "augmentation" ? "augmentation agent" : `not an antidepressant (${info.class})`);
  const name = info?.name ?? written;
  const labelParts = [name];
  if (doseText) labelParts.push(doseText);
  let label2 = labelParts.join(" ");
  if (weeks !== void 0) label2 += ` x ${formatWeeks(weeks)}`;
  const t = {
    index: typeof path6[1] === "number" ? path6[1] : 0,
    path: path6,
    drug: written,
    antidepressant: info?.antidepressant ?? false,
    role,
    status,
    reasons,
    failed: status === "adequate" && !(outcome !== void 0 && RESPONDED.has(outcome)),
    label: label2
  };
  if (info) {
    t.generic = info.name;
    t.class = info.class;
  }
  if (outcome !== void 0) t.outcome = outcome;
  if (weeks !== void 0) t.weeks = weeks;
  if (doseMg !== void 0) t.doseMg = doseMg;
  if (min) {
    t.minDoseMg = min.value;
    t.minDoseSrc = min.src;
    if (min.uncertain) t.minDoseUncertain = true;
  }
  if (max) {
    t.maxDoseMg = max.value;
    t.maxDoseSrc = max.src;
    if (max.uncertain) t.maxDoseUncertain = true;
  }
  const period = parsePeriod(entry.period);
  if (period) t.period = period;
  return t;
}
function roleOf(value) {
  return value === "combination" || value === "augmentation" ? value : "monotherapy";
}
function failedProcedure(doc, kb, id) {
  let used = false;
  let failed = false;
  for (const { value } of doc.items(["treatment_history"])) {
    if (!isRecord(value) || typeof value.procedure !== "string") continue;
    if (kb.procedure(value.procedure)?.id !== id) continue;
    used = true;
    if (!(typeof value.outcome === "string" && RESPONDED.has(value.outcome))) failed = true;
  }
  return { used, failed };
}
function thaseRush(doc, kb, trials) {
  const adequate = trials.filter((t) => t.antidepressant && t.status === "adequate");
  const failed = adequate.filter((t) => t.failed);
  const unjudged = trials.filter((t) => t.antidepressant && t.status === "unassessable");
  const missing = unjudged.length > 0 ? `${unjudged.length} trial${unjudged.length === 1 ? "" : "s"} could not be judged (${unjudged.map((t) => `${t.generic ?? t.drug}: ${t.reasons.join(", ")}`).join("; ")})` : void 0;
  const withMissing = (r) => missing ? { ...r, missing } : r;
  if (adequate.length === 0) {
    return { label: "Thase-Rush stage: not staged", missing: missing ?? "no adequate antidepressant trial in treatment_history" };
  }
  if (failed.length === 0) return withMissing({ stage: 0, label: "Thase-Rush stage 0 (responded to an adequate trial)" });
  const classes = [...new Set(failed.map((t) => t.class ?? "other"))];
  let stage = classes.length >= 2 ? 2 : 1;
  const others = classes.filter((c) => c !== "TCA" && c !== "MAOI");
  if (stage === 2 && classes.includes("TCA") && others.length >= 2) {
    stage = 3;
    if (classes.includes("MAOI")) {
      stage = 4;
      if (failedProcedure(doc, kb, "ECT").failed) stage = 5;
    }
  }
  const detail = stage === 1 ? `failed adequate ${classes[0]} trial${failed.length === 1 ? "" : "s"}` : `failed adequate trials in ${classes.length} classes: ${classes.join(", ")}`;
  return withMissing({ stage, label: `Thase-Rush stage ${ROMAN[stage]} (${detail})` });
}
function maudsley(doc, kb, trials) {
  const parts = [];
  const missing = ["duration of the current episode", "severity at baseline"];
  const failures = trials.filter((t) => t.antidepressant && t.status === "adequate" && t.failed).length;
  const fp = failures === 0 ? 0 : failures <= 2 ? 1 : failures <= 4 ? 2 : failures <= 6 ? 3 : failures <= 10 ? 4 : 5;
  parts.push({ dimension: `antidepressant failures (${failures})`, points: fp });
  const augmented = trials.some((t) => t.role === "augmentation");
  parts.push({ dimension: `augmentation ${augmented ? "used" : "not used"}`, points: augmented ? 1 : 0 });
  const ect = failedProcedure(doc, kb, "ECT").used;
  parts.push({ dimension: `ECT ${ect ? "used" : "not used"}`, points: ect ? 1 : 0 });
  return { parts, missing };
}
function formatAdequacySummary(s) {
  const lines = [];
  const ad = s.trials.filter((t) => t.antidepressant);
  lines.push(
    `Adequate antidepressant trials: ${s.adequateCount} of ${ad.length} (at least ${formatWeeks(s.minimumWeeks)} at the minimum adequate dose, MGH ATRQ)`
  );
  for (const t of s.trials) {
    const why = t.reasons.length > 0 ? ` (${t.reasons.join("; ")})` : "";
    const status = t.status === "not-counted" ? "not counted" : t.status;
    lines.push(`  ${t.label}: ${status}${t.status === "adequate" ? "" : why}`);
  }
  lines.push(s.thaseRush.label + (s.thaseRush.missing ? `; ${s.thaseRush.missing}` : ""));
  const partial = s.maudsley.parts.reduce((n, p) => n + p.points, 0);
  const parts = s.maudsley.parts.map((p) => `${p.dimension} ${p.points}`).join(", ");
  if (s.maudsley.points !== void 0) {
    lines.push(`Maudsley Staging Method: ${s.maudsley.points} points (${s.maudsley.band ?? ""}): ${parts}`);
  } else {
    lines.push(`Maudsley Staging Method: ${partial} points so far (${parts}); missing: ${s.maudsley.missing.join(", ")}`);
  }
  return lines.join("\n");
}
var SOURCE_LABELS = {
  "ATRQ-COMP006": "MGH ATRQ",
  "FDA-label": "FDA label",
  "FDA-labels": "FDA labels",
  "Spravato-label": "Spravato label",
  "Symbyax-label": "Symbyax label",
  "EMA-SmPC": "EU SmPC",
  "Trivedi2006-aug": "STAR*D",
  Nierenberg2006: "STAR*D",
  McGrath2006: "STAR*D",
  ThaseRush1997: "Thase-Rush",
  config: "configuration"
};
function citeLabel(src) {
  const labels = [...new Set((src ?? []).map((k) => SOURCE_LABELS[k] ?? k))];
  return labels.slice(0, 2).join(", ");
}
function withArticle(cls) {
  const an = /^(SSRI|SNRI|MAOI|NMDA|NRI|NDRI|RIMA|SARI|SGA)\b/.test(cls) || /^[aeiou]/i.test(cls);
  return `${an ? "an" : "a"} ${cls}`;
}
function patientWeightKg(doc) {
  const w = doc.get(["patient", "weight"]);
  if (typeof w === "number" && w > 0) return w;
  const q = parseQuantity(w, "weight");
  return q.ok && q.quantity.value > 0 ? q.quantity.value : void 0;
}
function parsePeriod(value) {
  if (typeof value === "number" && Number.isInteger(value)) value = String(value);
  if (typeof value !== "string") return void 0;
  const parts = value.split("/");
  if (parts.length > 2) return void 0;
  const start = parseDate(parts[0] ?? "", "start");
  if (start === void 0) return void 0;
  if (parts.length === 1) {
    const end2 = parseDate(parts[0] ?? "", "end");
    return end2 === void 0 ? void 0 : [start, end2];
  }
  const endText = (parts[1] ?? "").trim();
  const end = endText === "" || endText === ".." ? Number.POSITIVE_INFINITY : parseDate(endText, "end");
  return end === void 0 ? void 0 : [start, end];
}
function parseDate(text, side) {
  const parts = parsePartialDate(text);
  return parts === void 0 ? void 0 : partialDateDay(parts, side);
}
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function round(n) {
  return Math.round(n * 100) / 100;
}

// server/src/core/rules/augmentation-without-antidepressant.ts
var MAX_NAMED = 3;
var rule = {
  meta: {
    id: "augmentation-without-antidepressant",
    description: "an augmentation agent has an antidepressant trial to augment (overlapping by period, or in the history)",
    defaultSeverity: "info",
    category: "adequacy"
  },
  check(ctx) {
    const trials = adequacyFor(ctx).trials;
    const bases = trials.filter((t) => t.antidepressant && t.role !== "augmentation");
    const dated = bases.filter((b) => b.period).sort((a, b) => a.period[0] - b.period[0]);
    const maxEnd = [];
    dated.forEach((b, i) => maxEnd.push(Math.max(b.period[1], maxEnd[i - 1] ?? -Infinity)));
    const overlapsAny = (s, e) => {
      let lo = 0;
      let hi = dated.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (dated[mid].period[0] <= e) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return last >= 0 && (maxEnd[last] ?? -Infinity) >= s;
    };
    const firstStartAfter = (s) => {
      let lo = 0;
      let hi = dated.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (dated[mid].period[0] <= s) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const periodText = (t) => String(ctx.doc.get([...t.path, "period"]));
    for (const t of trials) {
      if (t.role !== "augmentation") continue;
      const name = t.generic ?? t.drug;
      let message;
      if (bases.length === 0) {
        message = `${name} is listed as augmentation, but treatment_history holds no antidepressant trial for it to augment`;
      } else if (t.period && !overlapsAny(t.period[0], t.period[1])) {
        const [s] = t.period;
        const at = firstStartAfter(s);
        const nearest2 = dated.slice(Math.max(0, at - MAX_NAMED), at + MAX_NAMED).sort((a, b) => Math.abs(a.period[0] - s) - Math.abs(b.period[0] - s)).slice(0, MAX_NAMED).map((b) => `${b.generic ?? b.drug} ${periodText(b)}`);
        const more = dated.length > MAX_NAMED ? `, and ${dated.length - MAX_NAMED} more` : "";
        message = `${name} is listed as augmentation (${periodText(t)}), but no antidepressant trial overlaps that period${nearest2.length > 0 ? ` (${nearest2.join(", ")}${more})` : " (no antidepressant trial gives a period)"}`;
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, "role"], "value"), message });
    }
  }
};

// server/src/core/rules/drug-class-mismatch.ts
var rule2 = {
  meta: {
    id: "drug-class-mismatch",
    description: "a trial's stated `class` is the drug's class (or a synonym of it)",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    for (const { path: path6, value } of ctx.doc.items(["treatment_history"])) {
      if (!value || typeof value !== "object") continue;
      const entry = value;
      if (typeof entry.drug !== "string" || typeof entry.class !== "string" || entry.class.trim() === "") continue;
      const info = ctx.kb.drug(entry.drug);
      if (!info || ctx.kb.classMatches(info, entry.class)) continue;
      const stated = entry.class;
      const known = ctx.kb.normalizeClass(stated);
      const span = ctx.doc.span([...path6, "class"], "value");
      const message = known ? `${info.name} is ${withArticle(info.class)}, not ${withArticle(stated)}` : `"${stated}" is not a drug class; ${info.name} is ${withArticle(info.class)}`;
      ctx.report({
        ...span,
        message,
        fixes: [{ title: `Change the class to ${info.class}`, edits: [{ ...span, newText: info.class }], preferred: true }],
        data: { expected: info.class }
      });
    }
  }
};

// server/src/core/rules/drug-unknown.ts
var rule3 = {
  meta: {
    id: "drug-unknown",
    description: "every drug is one the knowledge base knows (generic or brand name), so its doses can be checked",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    for (const path6 of drugPaths(ctx)) {
      const value = ctx.doc.get(path6);
      if (typeof value !== "string" || value.trim() === "") continue;
      if (ctx.kb.drug(value)) continue;
      const suggestions = ctx.kb.nearestDrugs(value, 3);
      const span = ctx.doc.span(path6, "value");
      const fixes = suggestionFixes(span, suggestions);
      const hint = suggestions.length > 0 ? didYouMean(suggestions) : "add it under `drugs:` in .caselintrc.yaml to have its doses checked";
      ctx.report({
        ...span,
        message: `"${value}" is not in the knowledge base; ${hint}`,
        fixes,
        data: { suggestions }
      });
    }
  }
};
function drugPaths(ctx) {
  const out = [];
  for (const { path: path6 } of ctx.doc.items(["treatment_history"])) out.push([...path6, "drug"]);
  for (const iv of ctx.doc.items(["interventions"])) {
    for (const session of ctx.doc.items([...iv.path, "sessions"])) {
      for (const adm of ctx.doc.items([...session.path, "administrations"])) out.push([...adm.path, "drug"]);
    }
  }
  return out;
}

// server/src/core/rules/ketamine-dose-range.ts
var rule4 = {
  meta: {
    id: "ketamine-dose-range",
    description: "each ketamine administration stays under the usual ceiling for its route; esketamine at most 84 mg per session",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    const ceilings = { ...ctx.kb.ketamine().ceilings };
    for (const [route, text] of Object.entries(ctx.config.ketamine?.ceilings ?? {})) {
      const c = parseCeiling(text);
      if (c) ceilings[route.toLowerCase()] = c;
    }
    const weight = patientWeightKg(ctx.doc);
    for (const iv of ctx.doc.items(["interventions"])) {
      for (const session of ctx.doc.items([...iv.path, "sessions"])) {
        let esketamineTotal = 0;
        let esketamineReported = false;
        const number = session.value?.number;
        const sessionName = typeof number === "number" || typeof number === "string" ? `session ${number}` : "one session";
        for (const adm of ctx.doc.items([...session.path, "administrations"])) {
          if (!adm.value || typeof adm.value !== "object") continue;
          const a = adm.value;
          if (typeof a.drug !== "string") continue;
          const generic = ctx.kb.drug(a.drug)?.name;
          if (generic !== "ketamine" && generic !== "esketamine") continue;
          const q = parseQuantity(a.dose, "dose");
          if (!q.ok) continue;
          const span = ctx.doc.span([...adm.path, "dose"], "value");
          if (generic === "esketamine") {
            const c2 = ceilings["esketamine"];
            const mg = toMg(q.quantity, weight);
            if (!c2?.mg || mg === void 0) continue;
            esketamineTotal += mg;
            if (esketamineTotal > c2.mg && !esketamineReported) {
              esketamineReported = true;
              const total = esketamineTotal === mg ? `${fmt(mg)} mg` : `${fmt(esketamineTotal)} mg in all`;
              ctx.report({
                ...span,
                message: `esketamine ${total} in ${sessionName} is above the usual ceiling of ${fmt(c2.mg)} mg per session (Spravato label: 56 or 84 mg)`,
                data: { doseMg: esketamineTotal, ceilingMg: c2.mg }
              });
            }
            continue;
          }
          const route = typeof a.route === "string" ? a.route.toLowerCase() : void 0;
          if (!route) continue;
          const c = ceilings[route];
          if (!c) continue;
          const verdict = judge(q.quantity.value, q.quantity.unit, c, weight);
          if (!verdict) continue;
          ctx.report({
            ...span,
            message: `ketamine ${q.quantity.text}${verdict.doseNote} ${route} is above the usual ceiling of ${verdict.ceiling} for one ${route} administration`,
            data: { route, ceiling: verdict.ceiling }
          });
        }
      }
    }
  }
};
function judge(value, unit, c, weight) {
  const perKgDose = unit === "mg/kg";
  const mg = toMg({ value, unit, text: "" }, weight);
  if (c.perKgMg !== void 0 && weight !== void 0 && mg !== void 0) {
    const limit = c.perKgMg * weight;
    if (mg <= limit + 1e-9) return void 0;
    return { ceiling: `${fmt(c.perKgMg)} mg/kg (${fmt(limit)} mg for ${fmt(weight)} kg)`, doseNote: perKgDose ? ` (${fmt(mg)} mg)` : "" };
  }
  if (perKgDose && c.perKgMg !== void 0) {
    return value > c.perKgMg + 1e-9 ? { ceiling: `${fmt(c.perKgMg)} mg/kg`, doseNote: "" } : void 0;
  }
  if (!perKgDose && mg !== void 0 && c.mg !== void 0) {
    const reason = c.perKgMg !== void 0 ? " without patient.weight" : "";
    return mg > c.mg + 1e-9 ? { ceiling: `${fmt(c.mg)} mg${reason}`, doseNote: "" } : void 0;
  }
  return void 0;
}
function parseCeiling(text) {
  const q = parseQuantity(text, "dose");
  if (!q.ok) return void 0;
  if (q.quantity.unit === "mg/kg") return { perKgMg: q.quantity.value };
  const mg = toMg(q.quantity);
  return mg === void 0 ? void 0 : { mg };
}
function fmt(n) {
  return String(Math.round(n * 100) / 100);
}

// server/src/core/rules/procedure-course-short.ts
var rule5 = {
  meta: {
    id: "procedure-course-short",
    description: "an ECT or rTMS course has at least the sessions of a usual adequate course (ECT 6, rTMS 20)",
    defaultSeverity: "info",
    category: "adequacy"
  },
  check(ctx) {
    for (const { path: path6, value } of ctx.doc.items(["treatment_history"])) {
      if (!value || typeof value !== "object") continue;
      const entry = value;
      if (typeof entry.procedure !== "string") continue;
      const proc = ctx.kb.procedure(entry.procedure);
      const min = proc?.minimumCourseSessions;
      if (!proc || !min) continue;
      const raw = entry.sessions;
      const sessions = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : void 0;
      if (sessions === void 0 || sessions >= min.value) continue;
      ctx.report({
        ...ctx.doc.span([...path6, "sessions"], "value"),
        message: `${proc.id} course of ${sessions} session${sessions === 1 ? "" : "s"} is shorter than an adequate course (at least ${min.value} sessions; typical course: ${proc.typicalCourse.value})`,
        data: { sessions, minimum: min.value }
      });
    }
  }
};

// server/src/core/rules/trd-criteria-unmet.ts
var TRD_MIN_TRIALS = 2;
var rule6 = {
  meta: {
    id: "trd-criteria-unmet",
    description: "a diagnosis that claims treatment resistance is backed by at least 2 adequate antidepressant trials",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    const claims = ctx.doc.items(["diagnoses"]).filter(
      ({ value }) => value !== null && typeof value === "object" && value.treatment_resistant === true
    );
    if (claims.length === 0) return;
    const summary = adequacyFor(ctx);
    if (summary.adequateCount >= TRD_MIN_TRIALS) return;
    const ad = summary.trials.filter((t) => t.antidepressant);
    const adequate = ad.filter((t) => t.status === "adequate").map((t) => t.generic ?? t.drug);
    const inadequate = ad.filter((t) => t.status === "inadequate");
    const unjudged = ad.filter((t) => t.status === "unassessable");
    let message = `treatment resistance needs ${TRD_MIN_TRIALS} adequate antidepressant trials; ${summary.adequateCount} found`;
    if (adequate.length > 0) message += ` (${adequate.join(", ")})`;
    if (inadequate.length > 0) {
      message += `; not adequate: ${inadequate.map((t) => `${t.generic ?? t.drug} (${t.reasons.join(", ")})`).join(", ")}`;
    }
    if (unjudged.length > 0) {
      message += `; cannot be judged: ${unjudged.map((t) => `${t.generic ?? t.drug} (${t.reasons.join(", ")})`).join(", ")}`;
    }
    const related = [...inadequate, ...unjudged].map((t) => ({
      ...ctx.doc.span([...t.path, "drug"], "value"),
      message: `${t.label}: ${t.status} (${t.reasons.join(", ")})`
    }));
    for (const { path: path6 } of claims) {
      ctx.report({
        ...ctx.doc.span([...path6, "treatment_resistant"], "value"),
        message,
        ...related.length > 0 ? { related } : {},
        data: { adequateCount: summary.adequateCount, required: TRD_MIN_TRIALS }
      });
    }
  }
};

// server/src/core/rules/trial-dose-above-max.ts
var rule7 = {
  meta: {
    id: "trial-dose-above-max",
    description: "a trial's daily dose stays within the drug's usual maximum (highest labeled maximum)",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    for (const t of adequacyFor(ctx).trials) {
      if (t.doseMg === void 0 || t.maxDoseMg === void 0 || t.generic === void 0) continue;
      if (t.doseMg <= t.maxDoseMg + EPSILON) continue;
      const written = String(ctx.doc.get([...t.path, "dose"]));
      const unit = t.generic === "esketamine" ? "mg per session" : "mg/day";
      const mg = `${fmt2(t.doseMg)} ${unit}`;
      const shown = written === mg ? written : `${written} (${mg})`;
      const kind = t.role === "augmentation" && !t.antidepressant ? "usual maximum as an augmentation agent" : "usual maximum";
      const note = t.maxDoseUncertain ? "; the figure is uncertain" : "";
      ctx.report({
        ...ctx.doc.span([...t.path, "dose"], "value"),
        message: `${t.generic} ${shown} is above its ${kind} of ${fmt2(t.maxDoseMg)} ${unit} (${citeLabel(t.maxDoseSrc)}${note})`,
        data: { doseMg: t.doseMg, maxDoseMg: t.maxDoseMg }
      });
    }
  }
};
function fmt2(n) {
  return String(Math.round(n * 1e3) / 1e3);
}

// server/src/core/rules/trial-dose-inadequate.ts
var rule8 = {
  meta: {
    id: "trial-dose-inadequate",
    description: "a trial's daily dose reaches the drug's minimum adequate dose (MGH ATRQ)",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    for (const t of adequacyFor(ctx).trials) {
      if (t.doseMg === void 0 || t.minDoseMg === void 0 || t.generic === void 0) continue;
      if (t.doseMg >= t.minDoseMg - EPSILON) continue;
      const written = String(ctx.doc.get([...t.path, "dose"]));
      const mg = `${fmt3(t.doseMg)} mg/day`;
      const shown = written === mg ? written : `${written} (${mg})`;
      const kind = t.role === "augmentation" && !t.antidepressant ? "usual minimum augmentation dose" : "minimum adequate dose";
      const cite = citeLabel(t.minDoseSrc);
      const note = t.minDoseUncertain ? "; the figure is uncertain" : "";
      ctx.report({
        ...ctx.doc.span([...t.path, "dose"], "value"),
        message: `${t.generic} ${shown} is below its ${kind} of ${fmt3(t.minDoseMg)} mg/day (${cite}${note})`,
        data: { doseMg: t.doseMg, minDoseMg: t.minDoseMg }
      });
    }
  }
};
function fmt3(n) {
  return String(Math.round(n * 1e3) / 1e3);
}

// server/src/core/rules/trial-duration-inadequate.ts
var rule9 = {
  meta: {
    id: "trial-duration-inadequate",
    description: "antidepressant and augmentation trials last at least the minimum adequate duration (6 weeks, MGH ATRQ)",
    defaultSeverity: "warning",
    category: "adequacy"
  },
  check(ctx) {
    const summary = adequacyFor(ctx);
    const min = summary.minimumWeeks;
    const basis = min === DEFAULT_MINIMUM_WEEKS ? "MGH ATRQ" : "adequacy.minimum_weeks in the configuration";
    for (const t of summary.trials) {
      if (t.weeks === void 0 || t.generic === void 0) continue;
      if (!(t.antidepressant || t.role === "augmentation")) continue;
      if (t.weeks >= min - EPSILON) continue;
      const written = String(ctx.doc.get([...t.path, "duration"]));
      const weeks = formatWeeks(t.weeks);
      const shown = written === weeks ? written : `${written} (${weeks})`;
      const what = t.role === "augmentation" && !t.antidepressant ? `${t.generic} augmentation was tried` : `${t.generic} was tried`;
      ctx.report({
        ...ctx.doc.span([...t.path, "duration"], "value"),
        message: `${what} for ${shown}; an adequate trial lasts at least ${formatWeeks(min)} (${basis})`,
        data: { weeks: t.weeks, minimumWeeks: min }
      });
    }
  }
};

// server/src/core/rules/trial-unassessable.ts
var rule10 = {
  meta: {
    id: "trial-unassessable",
    description: "a drug trial gives a dose and a duration, so its adequacy can be judged",
    defaultSeverity: "info",
    category: "adequacy"
  },
  check(ctx) {
    for (const t of adequacyFor(ctx).trials) {
      const missing = [];
      if (t.reasons.includes("no dose")) missing.push("dose");
      if (t.reasons.includes("no duration")) missing.push("duration");
      const name = t.generic ?? t.drug;
      let message;
      if (missing.length > 0) {
        message = `${name} has no ${missing.join(" and no ")}, so the adequacy of this trial cannot be judged`;
      } else if (t.reasons.includes("mg/kg dose without patient.weight")) {
        message = `${name} is dosed in mg/kg but patient.weight is not given, so the adequacy of this trial cannot be judged`;
      }
      if (!message) continue;
      ctx.report({ ...ctx.doc.span([...t.path, "drug"], "value"), message, data: { missing } });
    }
  }
};

// server/src/core/rules/adequacy.ts
var adequacyRules = [
  rule9,
  rule8,
  rule7,
  rule10,
  rule3,
  rule2,
  rule6,
  rule,
  rule5,
  rule4
];

// server/src/core/citations.ts
var import_yaml = __toESM(require_dist());
var citationCache = /* @__PURE__ */ new WeakMap();
var referenceCache = /* @__PURE__ */ new WeakMap();
function skipPath(path6) {
  if (path6[0] === "references") return true;
  return path6.length === 3 && path6[0] === "authors" && path6[2] === "email";
}
function findCitations(doc) {
  const cached = citationCache.get(doc);
  if (cached) return cached;
  const out = [];
  for (const s of doc.stringScalars(skipPath)) {
    const source = doc.text.slice(s.span.start, s.span.end);
    for (const c of scanCitations(source)) {
      out.push({ key: c.key, start: s.span.start + c.start, end: s.span.start + c.end, path: s.path });
    }
  }
  out.sort((a, b) => a.start - b.start);
  citationCache.set(doc, out);
  return out;
}
function referenceEntries(doc) {
  const cached = referenceCache.get(doc);
  if (cached) return cached;
  const out = [];
  const refs = doc.get(["references"]);
  if (Array.isArray(refs)) {
    refs.forEach((ref, index) => {
      if (!ref || typeof ref !== "object") return;
      const node = doc.node(["references", index, "id"]);
      if (!node || !(0, import_yaml.isScalar)(node)) return;
      const v = node.value;
      if (typeof v !== "string" && typeof v !== "number") return;
      const id = String(v);
      if (id === "") return;
      const span = scalarTextSpan(node);
      if (!span) return;
      out.push({ id, start: span.start, end: span.end, index });
    });
  }
  referenceCache.set(doc, out);
  return out;
}
function scalarTextSpan(node) {
  const r = node.range;
  if (!r) return void 0;
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") return void 0;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    return { start: r[0] + 1, end: Math.max(r[0] + 1, r[1] - 1) };
  }
  return { start: r[0], end: r[1] };
}
var KEY_CHAR = /[A-Za-z0-9_:.\-]/;
var KEY_START = /[A-Za-z0-9_]/;
var BEFORE_AT = /[\s;\-([]/;
function scanCitations(text) {
  const out = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const open = text.indexOf("[", i);
    if (open === -1) break;
    if (open > 0 && text[open - 1] === "\\") {
      i = open + 1;
      continue;
    }
    let j = open + 1;
    let hasAt = false;
    while (j < n && text[j] !== "]" && text[j] !== "[") {
      if (text[j] === "@") hasAt = true;
      j++;
    }
    if (j >= n) break;
    if (text[j] === "[") {
      i = j;
      continue;
    }
    const isLink = text[j + 1] === "(";
    if (hasAt && !isLink) readKeys(text, open + 1, j, out);
    i = j + 1;
  }
  return out;
}
function readKeys(text, from, to, out) {
  let k = from;
  while (k < to) {
    const at = text.indexOf("@", k);
    if (at === -1 || at >= to) return;
    const prev = at === from ? " " : text[at - 1];
    k = at + 1;
    if (!BEFORE_AT.test(prev)) continue;
    if (k >= to || !KEY_START.test(text[k])) continue;
    let e = k;
    while (e < to && KEY_CHAR.test(text[e])) e++;
    while (e > k && /[:.\-]/.test(text[e - 1])) e--;
    if (e > k) out.push({ key: text.slice(k, e), start: k, end: e });
    k = e;
  }
}

// server/src/core/rules/citation-undefined.ts
var rule11 = {
  meta: {
    id: "citation-undefined",
    description: "every [@key] citation names a reference",
    defaultSeverity: "error",
    category: "citations"
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = [...new Set(referenceEntries(doc).map((r) => r.id))];
    const known = new Set(ids);
    const refsKey = doc.has(["references"]) ? doc.span(["references"], "key") : void 0;
    for (const c of findCitations(doc)) {
      if (known.has(c.key)) continue;
      const suggestions = nearest(c.key, ids);
      const fixes = suggestions.map((s, i) => ({
        title: `Cite ${s}`,
        edits: [{ start: c.start, end: c.end, newText: s }],
        preferred: i === 0
      }));
      const hint = suggestions.length > 0 ? `; ${didYouMean(suggestions)}` : ids.length === 0 ? "; the document has no references list" : "; add it to references";
      ctx.report({
        start: c.start,
        end: c.end,
        message: `citation @${c.key} names no reference${hint}`,
        ...fixes.length > 0 ? { fixes } : {},
        ...refsKey ? { related: [{ ...refsKey, message: "references are listed here" }] } : {},
        data: { suggestions }
      });
    }
  }
};

// server/src/core/rules/reference-duplicate.ts
var rule12 = {
  meta: {
    id: "reference-duplicate",
    description: "reference ids are unique",
    defaultSeverity: "error",
    category: "citations"
  },
  check(ctx) {
    const first = /* @__PURE__ */ new Map();
    for (const r of referenceEntries(ctx.doc)) {
      const earlier = first.get(r.id);
      if (!earlier) {
        first.set(r.id, r);
        continue;
      }
      ctx.report({
        start: r.start,
        end: r.end,
        message: `reference id ${r.id} is used twice (references ${earlier.index + 1} and ${r.index + 1}); citations cannot tell them apart`,
        related: [{ start: earlier.start, end: earlier.end, message: `the first reference with id ${r.id}` }]
      });
    }
  }
};

// server/src/core/rules/reference-order.ts
var import_yaml2 = __toESM(require_dist());
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
function firstOutOfOrder(refs, citedKeys) {
  const firstEntry = /* @__PURE__ */ new Map();
  for (const r of refs) if (!firstEntry.has(r.id)) firstEntry.set(r.id, r);
  const byCitation = [];
  const seen = /* @__PURE__ */ new Set();
  for (const key of citedKeys) {
    const r = firstEntry.get(key);
    if (!r || seen.has(key)) continue;
    seen.add(key);
    byCitation.push(r);
  }
  const byList = [...seen].map((k) => firstEntry.get(k)).sort((a, b) => a.index - b.index);
  for (let i = 0; i < byList.length; i++) {
    const entry = byList[i];
    if (entry !== byCitation[i]) {
      return { entry, listed: i + 1, expected: byCitation.indexOf(entry) + 1 };
    }
  }
  return void 0;
}
function reorderFix(doc, citedKeys) {
  const seq = doc.node(["references"]);
  if (!seq || !(0, import_yaml2.isSeq)(seq) || seq.flow || !seq.range || seq.items.length < 2) return void 0;
  const { lines, text } = doc;
  const starts = [];
  for (const item of seq.items) {
    if (!item?.range) return void 0;
    const lineStart = lines.lineStart(lines.position(item.range[0]).line);
    if (!/^\s*-\s*$/.test(text.slice(lineStart, item.range[0]))) return void 0;
    let line = lines.position(lineStart).line;
    while (starts.length > 0 && line > 0 && lines.lineText(line - 1).trim().startsWith("#")) line--;
    starts.push(lines.lineStart(line));
  }
  const lastRange = seq.items[seq.items.length - 1].range;
  const lastLine = lines.position(Math.max(lastRange[1] - 1, lastRange[0])).line;
  const end = lines.lineEnd(lastLine);
  const chunks = starts.map((s, i) => {
    const e = i + 1 < starts.length ? starts[i + 1] : end;
    const chunk = text.slice(s, e);
    return chunk.endsWith("\n") ? chunk : chunk + "\n";
  });
  const ids = doc.get(["references"]).map(
    (r) => r && typeof r === "object" && "id" in r ? String(r.id) : void 0
  );
  const order = [];
  for (const key of citedKeys) {
    const i = ids.indexOf(key);
    if (i !== -1 && !order.includes(i)) order.push(i);
  }
  for (let i = 0; i < ids.length; i++) if (!order.includes(i)) order.push(i);
  let newText = order.map((i) => chunks[i]).join("");
  if (!text.slice(starts[0], end).endsWith("\n")) newText = newText.slice(0, -1);
  return { title: "Sort references by first citation", edits: [{ start: starts[0], end, newText }] };
}
var rule13 = {
  meta: {
    id: "reference-order",
    description: "references are listed in order of first citation",
    defaultSeverity: "hint",
    category: "citations"
  },
  check(ctx) {
    const { doc } = ctx;
    const cited = findCitations(doc).map((c) => c.key);
    const out = firstOutOfOrder(referenceEntries(doc), cited);
    if (!out) return;
    const fix = reorderFix(doc, cited);
    ctx.report({
      start: out.entry.start,
      end: out.entry.end,
      message: `reference ${out.entry.id} is listed ${ordinal(out.listed)} but first cited ${ordinal(out.expected)}; in order of first citation it belongs at position ${out.expected}`,
      ...fix ? { fixes: [fix] } : {},
      data: { listed: out.listed, expected: out.expected }
    });
  }
};

// server/src/core/rules/reference-unused.ts
var rule14 = {
  meta: {
    id: "reference-unused",
    description: "every reference is cited somewhere",
    defaultSeverity: "warning",
    category: "citations"
  },
  check(ctx) {
    const { doc } = ctx;
    const cited = new Set(findCitations(doc).map((c) => c.key));
    for (const r of referenceEntries(doc)) {
      if (cited.has(r.id)) continue;
      ctx.report({
        start: r.start,
        end: r.end,
        message: `reference ${r.id} is never cited; cite it as [@${r.id}] or remove it`
      });
    }
  }
};

// server/src/core/rules/citations.ts
var citationsRules = [rule11, rule14, rule12, rule13];

// server/src/core/phi/block.ts
var import_yaml3 = __toESM(require_dist());
var STATEMENT_TEMPLATE = "Details that could identify the patient (name, dates, places) have been removed or changed; the changes do not alter the clinical picture.";
var CONSENT_VALUES = ["obtained", "waived", "not-required"];
function deidPair(doc) {
  return doc.pair(["deidentification"]);
}
function column(doc, offset) {
  return doc.lines.position(offset).character;
}
function endOfLastLine(doc, end) {
  let e = end;
  while (e > 0 && (doc.text[e - 1] === "\n" || doc.text[e - 1] === "\r")) e--;
  return doc.lines.lineEnd(doc.lines.position(e).line);
}
function childIndent(doc, key) {
  return " ".repeat(column(doc, key.range?.[0] ?? 0) + 2);
}
function fillNullValue(doc, pair, lines, select) {
  const key = pair.key;
  if (!key?.range) return void 0;
  const value = pair.value;
  const edits = [];
  let removed = 0;
  if (value && (0, import_yaml3.isScalar)(value) && value.range && value.range[1] > value.range[0]) {
    edits.push({ start: value.range[0], end: value.range[1], newText: "" });
    removed = value.range[1] - value.range[0];
  }
  const at = doc.lines.lineEnd(doc.lines.position(key.range[0]).line);
  const indent = childIndent(doc, key);
  const newText = lines.map((l) => `
${indent}${l}`).join("");
  edits.push({ start: at, end: at, newText });
  if (!select) return { edits };
  let off = at - removed;
  for (let i = 0; i < select.line; i++) off += 1 + indent.length + (lines[i] ?? "").length;
  off += 1 + indent.length + select.from;
  return { edits, selection: { start: off, end: off + select.length } };
}
function statementFix(doc) {
  const title = "Add a de-identification statement";
  const pair = deidPair(doc);
  const stmtLine = `statement: ${STATEMENT_TEMPLATE}`;
  const consentLine = "consent: obtained  # or: waived, not-required";
  if (!pair) {
    const root2 = doc.yaml.contents;
    if (!root2 || !(0, import_yaml3.isMap)(root2) || root2.flow) return void 0;
    const text = doc.text;
    const prefix = text.length > 0 && !text.endsWith("\n") ? "\n" : "";
    const head = `${prefix}deidentification:
  statement: `;
    const newText = `${head}${STATEMENT_TEMPLATE}
  ${consentLine}
`;
    const start = text.length + head.length;
    return {
      title,
      edits: [{ start: text.length, end: text.length, newText }],
      selection: { start, end: start + STATEMENT_TEMPLATE.length },
      preferred: true
    };
  }
  const value = pair.value;
  if (!value || (0, import_yaml3.isScalar)(value) && value.value === null) {
    const r = fillNullValue(doc, pair, [stmtLine, consentLine], { line: 0, from: "statement: ".length, length: STATEMENT_TEMPLATE.length });
    return r && { title, edits: r.edits, selection: r.selection, preferred: true };
  }
  if (!(0, import_yaml3.isMap)(value)) return void 0;
  const map = value;
  const stmt = map.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === "statement");
  if (!stmt) {
    if (map.flow) return void 0;
    const first = map.items[0]?.key;
    if (!first?.range) return void 0;
    const at = first.range[0];
    const indent = " ".repeat(column(doc, at));
    return {
      title,
      edits: [{ start: at, end: at, newText: `${stmtLine}
${indent}` }],
      selection: { start: at + "statement: ".length, end: at + "statement: ".length + STATEMENT_TEMPLATE.length },
      preferred: true
    };
  }
  const sv = stmt.value;
  const replacement = map.flow ? JSON.stringify(STATEMENT_TEMPLATE) : STATEMENT_TEMPLATE;
  const inner = map.flow ? 1 : 0;
  if (!sv || !(0, import_yaml3.isScalar)(sv) || !sv.range) {
    const keyEnd = stmt.key?.range?.[1];
    if (keyEnd === void 0) return void 0;
    const at = keyEnd + 1;
    return {
      title,
      edits: [{ start: at, end: at, newText: ` ${replacement}` }],
      selection: { start: at + 1 + inner, end: at + 1 + inner + STATEMENT_TEMPLATE.length },
      preferred: true
    };
  }
  const [s, e] = sv.range;
  if (s === e) {
    const before = doc.text[s - 1] === " " ? "" : " ";
    const after = doc.text[s] === "#" ? " " : "";
    const start = s + before.length + inner;
    return {
      title,
      edits: [{ start: s, end: s, newText: `${before}${replacement}${after}` }],
      selection: { start, end: start + STATEMENT_TEMPLATE.length },
      preferred: true
    };
  }
  const keepNewline = doc.text[e - 1] === "\n" ? "\n" : "";
  return {
    title,
    edits: [{ start: s, end: e, newText: `${replacement}${keepNewline}` }],
    selection: { start: s + inner, end: s + inner + STATEMENT_TEMPLATE.length },
    preferred: true
  };
}
function consentFixes(doc) {
  const pair = deidPair(doc);
  if (!pair) return [];
  const value = pair.value;
  return CONSENT_VALUES.map((v, i) => {
    const title = `Add consent: ${v}`;
    const preferred = i === 0;
    if (!value || (0, import_yaml3.isScalar)(value) && value.value === null) {
      const r = fillNullValue(doc, pair, [`consent: ${v}`]);
      return r && { title, edits: r.edits, preferred };
    }
    if (!(0, import_yaml3.isMap)(value) || !value.range) return void 0;
    const map = value;
    const existing = map.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === "consent");
    if (existing) {
      const sv = existing.value;
      if (sv && (0, import_yaml3.isScalar)(sv) && sv.range && sv.range[0] === sv.range[1]) {
        const s = sv.range[0];
        const before = doc.text[s - 1] === " " ? "" : " ";
        const after = doc.text[s] === "#" ? " " : "";
        return { title, edits: [{ start: s, end: s, newText: `${before}${v}${after}` }], preferred };
      }
      if (sv && (0, import_yaml3.isScalar)(sv) && sv.range) {
        return { title, edits: [{ start: sv.range[0], end: sv.range[1], newText: v }], preferred };
      }
      return void 0;
    }
    if (map.flow) {
      const close = doc.text.lastIndexOf("}", value.range[1]);
      if (close < value.range[0]) return void 0;
      const sep3 = map.items.length > 0 ? ", " : " ";
      return { title, edits: [{ start: close, end: close, newText: `${sep3}consent: ${v} ` }], preferred };
    }
    const last = map.items[map.items.length - 1];
    const firstKey = map.items[0]?.key;
    if (!last || !firstKey?.range) return void 0;
    const end = last.value?.range?.[1] ?? last.key?.range?.[1];
    if (end === void 0) return void 0;
    const at = endOfLastLine(doc, end);
    const indent = " ".repeat(column(doc, firstKey.range[0]));
    return { title, edits: [{ start: at, end: at, newText: `
${indent}consent: ${v}` }], preferred };
  }).filter((f) => f !== void 0);
}

// server/src/core/rules/consent-missing.ts
var rule15 = {
  meta: {
    id: "consent-missing",
    description: "the de-identification block says whether the patient consented",
    defaultSeverity: "warning",
    category: "deidentification"
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.has(["deidentification"])) return;
    const block = doc.get(["deidentification"]);
    if (block !== null && block !== void 0 && (typeof block !== "object" || Array.isArray(block))) return;
    const consent = doc.get(["deidentification", "consent"]);
    if (consent !== void 0 && consent !== null && !(typeof consent === "string" && consent.trim() === "")) return;
    const fixes = consentFixes(doc);
    ctx.report({
      ...doc.span(["deidentification"], "key"),
      message: consent === void 0 ? "deidentification has no consent; say whether the patient consented to publication (obtained, waived or not-required)" : "deidentification.consent is empty; say whether the patient consented to publication (obtained, waived or not-required)",
      ...fixes.length > 0 ? { fixes } : {}
    });
  }
};

// server/src/core/rules/deidentification-missing.ts
var rule16 = {
  meta: {
    id: "deidentification-missing",
    description: "the document carries a non-empty de-identification statement",
    defaultSeverity: "error",
    category: "deidentification"
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.value === void 0 || doc.value === null || typeof doc.value !== "object") return;
    const stmt = doc.get(["deidentification", "statement"]);
    if (typeof stmt === "string" && stmt.trim() !== "") return;
    const fix = statementFix(doc);
    const fixes = fix ? [fix] : void 0;
    if (!doc.has(["deidentification"])) {
      ctx.report({
        ...doc.firstLineSpan(),
        message: "the document has no de-identification statement; add deidentification.statement saying that details identifying the patient were removed or changed",
        fixes
      });
      return;
    }
    const block = doc.get(["deidentification"]);
    const why = block === null || block === void 0 ? "deidentification is empty" : typeof block !== "object" || Array.isArray(block) ? "deidentification is not a map with a statement" : stmt === void 0 ? "deidentification has no statement" : "deidentification.statement is empty";
    ctx.report({
      ...doc.span(["deidentification"], "key"),
      message: `${why}; write one saying that details identifying the patient were removed or changed`,
      fixes
    });
  }
};

// server/src/core/phi/types.ts
function eachMatch(re, text, accept) {
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    accept(m);
  }
}
function dropOverlaps(matches) {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
function lineStartBefore(text, offset, max) {
  const floor = Math.max(0, offset - max);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return floor;
}
function digitCount(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// server/src/core/phi/dates.ts
var MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
var ISO = /(?<![\w.-])(?:1[89]|20)\d\d([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?![\w-]|[.]\d)/g;
var NUMERIC = /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d\d)(?![\w/]|[.-]\d)/g;
var MONTH_DAY = new RegExp(
  `(?<![\\w.])${MONTH}\\.?[ \\t\\u00a0]{1,3}(?:the[ \\t]{1,3})?([0-3]?\\d)(?:st|nd|rd|th)?(?![\\w]|[.,:]\\d)(?:,?[ \\t\\u00a0]{1,3}(?:1[89]|20)\\d\\d(?!\\d))?`,
  "g"
);
var DAY_MONTH = new RegExp(
  `(?<![\\w.,/-])([0-3]?\\d)(?:st|nd|rd|th)?[ \\t\\u00a0]{1,3}(?:of[ \\t\\u00a0]{1,3})?${MONTH}(?![a-z])\\.?(?:,?[ \\t\\u00a0]{1,3}(?:1[89]|20)\\d\\d(?!\\d))?`,
  "g"
);
var WHAT = "a full date (day and month)";
function validDay(d) {
  return d >= 1 && d <= 31;
}
function detectDates(text) {
  const out = [];
  const push = (start, end) => {
    out.push({ start, end, kind: "date", what: WHAT });
  };
  eachMatch(ISO, text, (m) => push(m.index, m.index + m[0].length));
  eachMatch(NUMERIC, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep3 = m[2];
    const year = m[4] ?? "";
    if (sep3 === "." && year.length !== 4) return;
    const monthFirst = a >= 1 && a <= 12 && validDay(b);
    const dayFirst = b >= 1 && b <= 12 && validDay(a);
    if (monthFirst || dayFirst) push(m.index, m.index + m[0].length);
  });
  eachMatch(MONTH_DAY, text, (m) => {
    if (validDay(Number(m[1]))) push(m.index, m.index + m[0].length);
  });
  eachMatch(DAY_MONTH, text, (m) => {
    if (validDay(Number(m[1]))) push(m.index, m.index + m[0].length);
  });
  return dropOverlaps(out);
}

// server/src/core/phi/ages.ts
var AGE = "(?:9\\d|1[0-2]\\d)";
var NUMBER_FIRST = new RegExp(
  `(?<![\\w.,+-])${AGE}(?:[ \\t\\u00a0-]{1,2}(?:years?|yrs?|y)(?:[ \\t\\u00a0-]{1,2}old(?![a-z])|[ \\t\\u00a0]{1,2}(?:of[ \\t\\u00a0]{1,2})?age(?![a-z]))|[ \\t\\u00a0-]?(?:yo|y/o|y\\.o\\.)(?![a-z0-9]))`,
  "gi"
);
var LABEL_FIRST = new RegExp(
  `(?<![\\w])(?:aged|age)(?:[ \\t]?:|[ \\t\\u00a0]{1,2}of)?[ \\t\\u00a0]{1,2}(${AGE})(?![\\w+]|[.,]\\d|[ \\t]?\\+|[ \\t\\u00a0]{1,2}(?:or|and)[ \\t\\u00a0]{1,2}(?:older|over|above|more|up))`,
  "gi"
);
var WHAT2 = "an age over 89";
function detectAges(text) {
  const out = [];
  eachMatch(NUMBER_FIRST, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, kind: "age", what: WHAT2 }));
  eachMatch(LABEL_FIRST, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    out.push({ start, end: start + num.length, kind: "age", what: WHAT2 });
  });
  return dropOverlaps(out);
}
function ageOver89(value) {
  let n;
  if (typeof value === "number" && Number.isFinite(value)) n = value;
  else if (typeof value === "string") {
    const m = /^\s*(\d{1,3})(?:\.\d+)?(?:\s?(?:years?|yrs?|y))?\s*$/i.exec(value);
    if (m) n = Number(m[1]);
  }
  return n !== void 0 && n > 89 ? n : void 0;
}

// server/src/core/phi/contact.ts
var PHONE_NANP = /(?<![\w+/.-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w/]|[.-]\d)/g;
var PHONE_INTL = /(?<![\w+])\+\d{1,3}(?:(?:[ .-]\d{1,4}){2,5}|\d{7,12})(?![\w]|[.-]\d)/g;
var PHONE_LOCAL = /\b(?:phone|tel|telephone|cell|mobile|fax|pager)(?:[ ](?:number|no\.?|#))?[ ]?[:#.]?[ ]{0,2}(\d{3}[ .-]\d{4})(?![\w]|[.-]\d)/gi;
var URL = /(?<![\w@.])(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]{1,2048}/gi;
var OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
var IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, "g");
var IPV6 = /(?<![\w:.])[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{1,38}(?![\w:.])/g;
var FAX_BEFORE = /\bfax\)?(?:[ ](?:number|no\.?|#))?[ :.#-]{0,3}$/i;
function isFaxContext(text, start) {
  const from = lineStartBefore(text, start, 24);
  return FAX_BEFORE.test(text.slice(from, start));
}
function detectPhones(text) {
  const out = [];
  const push = (start, end) => {
    const what = isFaxContext(text, start) ? "a fax number" : "a phone number";
    out.push({ start, end, kind: "contact", what });
  };
  eachMatch(PHONE_NANP, text, (m) => push(m.index, m.index + m[0].length));
  eachMatch(PHONE_INTL, text, (m) => {
    const n = digitCount(m[0]);
    if (n >= 8 && n <= 15) push(m.index, m.index + m[0].length);
  });
  eachMatch(PHONE_LOCAL, text, (m) => {
    const num = m[1] ?? "";
    const start = m.index + m[0].length - num.length;
    push(start, start + num.length);
  });
  return dropOverlaps(out);
}
function isLocalChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 46 || c === 45;
}
var MAX_LOCAL = 64;
var MAX_DOMAIN = 253;
function detectEmails(text) {
  const out = [];
  let at = text.indexOf("@");
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    if (s < at && hasDot(text, at + 1, e) && validDomain(text.slice(at + 1, e))) {
      out.push({ start: s, end: e, kind: "contact", what: "an email address" });
    }
    at = text.indexOf("@", at + 1);
  }
  return out;
}
function hasDot(text, from, to) {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}
function validDomain(domain) {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  if (labels.some((l) => l.length === 0 || l.length > 63)) return false;
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1] ?? "");
}
function trimUrl(url) {
  let end = url.length;
  for (; ; ) {
    const ch = url[end - 1];
    if (ch === void 0) break;
    if (".,;:!?".includes(ch)) {
      end--;
      continue;
    }
    if (ch === ")" || ch === "]" || ch === "}") {
      const open = ch === ")" ? "(" : ch === "]" ? "[" : "{";
      const body = url.slice(0, end);
      if (body.split(open).length - 1 < body.split(ch).length - 1) {
        end--;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}
var DOI_HOST = /^(?:(?:https?|ftp):\/\/)?(?:www\.)?(?:dx\.)?doi\.org(?:[/:?#]|$)/i;
function detectUrls(text) {
  const out = [];
  eachMatch(URL, text, (m) => {
    const url = trimUrl(m[0]);
    if (/^www\.$/i.test(url) || /:\/\/$/.test(url) || DOI_HOST.test(url)) return;
    out.push({ start: m.index, end: m.index + url.length, kind: "contact", what: "a URL" });
  });
  return out;
}
function validIpv6(s) {
  const doubles = s.split("::").length - 1;
  if (doubles > 1) return false;
  if (s.includes(":::")) return false;
  const groups = s.split(":").filter((g) => g.length > 0);
  if (groups.some((g) => g.length > 4)) return false;
  if (doubles === 1) return groups.length >= 2 && groups.length <= 7;
  if (s.startsWith(":") || s.endsWith(":")) return false;
  return groups.length === 8;
}
function detectIpAddresses(text) {
  const out = [];
  eachMatch(IPV4, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, kind: "contact", what: "an IP address" }));
  eachMatch(IPV6, text, (m) => {
    if (validIpv6(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: "contact", what: "an IP address" });
  });
  return dropOverlaps(out);
}
function detectContacts(text) {
  return dropOverlaps([...detectUrls(text), ...detectEmails(text), ...detectPhones(text), ...detectIpAddresses(text)]);
}

// server/src/core/phi/identifiers.ts
var SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w]|-\d)/g;
var SSN_LABELLED = /\b(?:SSN|SS#|social security(?:[ ](?:number|no\.?|#))?)[ ]{0,2}(?:#|:|is|of)?[ ]{0,2}(\d{3}[ -]?\d{2}[ -]?\d{4})(?![\w]|-\d)/gi;
var ID = "([A-Za-z]{0,4}-?\\d[\\dA-Za-z-]{3,24})(?![\\w-])";
var SEP = "[ \\t]{0,2}(?:#|:|is|of)?[ \\t]{0,2}#?[ \\t]{0,2}";
var MRN = new RegExp(
  `\\b(?:MRN|medical[ ]record(?:[ ](?:number|no\\.?|num\\.?|#))?|(?:hospital|chart|record|patient)[ ](?:number|no\\.?|ID|#))${SEP}${ID}`,
  "gi"
);
var QUALIFIER = "(?:ID|no\\.?|number|num\\.?|#)";
var LABELS = [
  { words: "health[ -]plan|insurance|policy|member|beneficiary|subscriber|Medicaid|Medicare|group", what: "a health plan number" },
  { words: "account|acct|billing", what: "an account number" },
  { words: "licen[cs]e|driver'?s[ ]licen[cs]e|certificate|DEA|NPI|passport", what: "a licence or certificate number" },
  { words: "VIN|vehicle|plate|licen[cs]e[ ]plate|registration", what: "a vehicle identifier", vin: true },
  { words: "serial|device|implant|UDI", what: "a device serial number" }
];
var LABELLED = LABELS.map(({ words, what, vin }) => ({
  what,
  // "member ID 123456", "account no. 55-12345", "policy: 98765432", "VIN 1HGCM82633A004352"
  re: new RegExp(`\\b(?:(?:${words})[ \\t]{0,2}${QUALIFIER}|(?:${words})[ \\t]?:${vin ? "|VIN" : ""})${SEP}${ID}`, "gi")
}));
function detectIdentifiers(text) {
  const out = [];
  const tail = (m, group, what) => {
    const start = m.index + m[0].length - group.length;
    out.push({ start, end: start + group.length, kind: "identifier", what });
  };
  eachMatch(
    SSN_SHAPE,
    text,
    (m) => out.push({ start: m.index, end: m.index + m[0].length, kind: "identifier", what: "a Social Security number" })
  );
  eachMatch(SSN_LABELLED, text, (m) => tail(m, m[1] ?? "", "a Social Security number"));
  eachMatch(MRN, text, (m) => {
    const id = m[1] ?? "";
    if (id.length >= 5 && digitCount(id) >= 4) tail(m, id, "a medical record number");
  });
  for (const { re, what } of LABELLED) {
    eachMatch(re, text, (m) => {
      const id = m[1] ?? "";
      if (id.length >= 5 && digitCount(id) >= 4) tail(m, id, what);
    });
  }
  return dropOverlaps(out);
}

// server/src/core/phi/location.ts
var SUFFIX = "(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Square|Terrace|Circle|Parkway|Highway|Trail|Row|Alley|Crescent)(?![\\w'\u2019-])|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Sq|Ter|Cir|Pkwy|Hwy)(?![\\w'\u2019-])\\.?)";
var WORD = "(?:[A-Z][A-Za-z'\u2019-]{0,20}|\\d{1,3}(?:st|nd|rd|th))\\.?";
var UNIT = "(?:,?[ ](?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?[ ]?#?[0-9A-Z]{1,5}(?![\\w-]))?";
var STREET = new RegExp(
  `(?<![\\w.,/-])\\d{1,5}[A-Za-z]?[ \\t]{1,2}(?:${WORD}[ \\t]{1,2}){1,3}${SUFFIX}${UNIT}`,
  "g"
);
var PO_BOX = /\bP\.?[ ]?O\.?[ ]?Box[ ]{1,2}\d{1,6}(?!\w)/gi;
var ZIP = /(?<![\w.,/$+-])\d{5}(?:-\d{4})?(?![\w]|[.,]\d|-\d)/g;
var STATES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY GU VI AS MP";
var STATE_ABBR = new Set(STATES.split(" "));
var AMBIGUOUS = /* @__PURE__ */ new Set(["ID", "IN", "OR", "OK", "ME", "HI", "AS", "PA", "MD", "DE", "CO", "LA", "MA", "MS", "ND", "SD", "VA", "GA"]);
var STATE_NAMES = /* @__PURE__ */ new Set(
  [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Puerto Rico"
  ]
);
var ZIP_LABELS = /* @__PURE__ */ new Set(["zip", "zip code", "zipcode", "postal code", "post code", "postcode"]);
var ADDRESS_TAIL = /^[A-Za-z .,'\u2019-]{0,80}$/;
function isAddressTail(tail) {
  if (!ADDRESS_TAIL.test(tail)) return false;
  const words = tail.split(/[ ,]+/).filter((w) => w.length > 0);
  return words.length <= 5 && words.every((w) => /^[A-Z]/.test(w));
}
function zipContext(text, start) {
  let i = start - 1;
  const floor = Math.max(0, start - 40);
  while (i >= floor && (text[i] === " " || text[i] === ":" || text[i] === "#")) i--;
  if (i === start - 1 || i < floor) return false;
  while (i >= floor && text[i] !== " " && text[i] !== "\n") i--;
  const c = text.charCodeAt(i + 1);
  if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122)) return false;
  const before = text.slice(lineStartBefore(text, start, 40), start);
  let end = before.length;
  while (end > 0 && " :#".includes(before[end - 1] ?? "")) end--;
  if (end === before.length) return false;
  const words = before.slice(0, end).split(" ").filter((w) => w.length > 0);
  const last = words[words.length - 1] ?? "";
  const prev = words[words.length - 2] ?? "";
  const bare = last.replace(/[.,]+$/, "");
  if (ZIP_LABELS.has(bare.toLowerCase()) || ZIP_LABELS.has(`${prev} ${bare}`.toLowerCase())) return true;
  if (STATE_NAMES.has(bare) || STATE_NAMES.has(`${prev} ${bare}`)) return true;
  if (!STATE_ABBR.has(bare)) return false;
  return !AMBIGUOUS.has(bare) || prev.endsWith(",");
}
function detectLocations(text) {
  const streets = [];
  eachMatch(
    STREET,
    text,
    (m) => streets.push({ start: m.index, end: m.index + m[0].length, kind: "location", what: "a street address" })
  );
  eachMatch(
    PO_BOX,
    text,
    (m) => streets.push({ start: m.index, end: m.index + m[0].length, kind: "location", what: "a street address" })
  );
  streets.sort((a, b) => a.start - b.start);
  const out = [];
  let si = 0;
  let lastStreet;
  eachMatch(ZIP, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    while (si < streets.length && (streets[si]?.end ?? Infinity) <= start) {
      lastStreet = streets[si];
      out.push(lastStreet);
      si++;
    }
    if (si < streets.length && (streets[si]?.start ?? Infinity) < end) return;
    if (lastStreet && start - lastStreet.end <= 80 && isAddressTail(text.slice(lastStreet.end, start))) {
      lastStreet.end = end;
      lastStreet.what = "a street address with a ZIP code";
      lastStreet = void 0;
      return;
    }
    if (zipContext(text, start)) out.push({ start, end, kind: "location", what: "a ZIP code" });
  });
  while (si < streets.length) out.push(streets[si++]);
  return out.sort((a, b) => a.start - b.start);
}

// server/src/core/phi/names.ts
var TITLED = /(?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle)\.?[ \u00a0]{1,2}([A-Z][A-Za-z'\u2019-]{1,30})(?:[ \u00a0]([A-Z][A-Za-z'\u2019-]{1,30}))?(?![\w'\u2019-])/g;
var LOWER = /[a-z]/;
var TITLE_WORD = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mme|Mlle)$/;
function normalizeName(word) {
  let end = word.length;
  if (end > 1 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  else if (end > 0 && isApostrophe(word.charCodeAt(end - 1))) end -= 1;
  return word.slice(0, end).toLowerCase();
}
function detectTitledNames(text, allowed = () => false) {
  const out = [];
  eachMatch(TITLED, text, (m) => {
    const first = m[1] ?? "";
    const second = m[2];
    if (!LOWER.test(first) || TITLE_WORD.test(first)) return;
    const words = [first];
    if (second !== void 0 && LOWER.test(second) && !TITLE_WORD.test(second)) words.push(second);
    if (words.some((w) => allowed(normalizeName(w)))) return;
    const firstEnd = m.index + m[0].length - (second !== void 0 ? second.length + 1 : 0);
    const end = words.length === 2 ? m.index + m[0].length : firstEnd;
    out.push({ start: m.index, end: trimPossessive(text, m.index, end), kind: "name", what: "a personal name with a title" });
  });
  return out;
}
function isApostrophe(c) {
  return c === 39 || c === 8217;
}
function trimPossessive(text, start, end) {
  const last = text.charCodeAt(end - 1);
  if (end - 2 > start && last === 115 && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  if (isApostrophe(last)) return end - 1;
  return end;
}

// server/src/core/phi/scan.ts
var NOT_PATIENT_FACING = /* @__PURE__ */ new Set([
  "caselint",
  "type",
  "journal",
  "doi",
  "dates",
  "authors",
  "affiliations",
  "disclosures",
  "references",
  "deidentification"
]);
function isPatientFacing(path6) {
  return !(path6.length > 0 && NOT_PATIENT_FACING.has(String(path6[0])));
}
var PRIORITY = ["contact", "identifier", "date", "age", "location", "name"];
var ADVICE = {
  date: 'keep the year at most, or give the time relative to an event ("two weeks later")',
  age: 'write "90 or older" instead (HIPAA Safe Harbor aggregates ages over 89)',
  contact: "remove it or replace it with a generic description",
  identifier: "remove it; an identification number is never needed in a case report",
  location: "name no place smaller than a state, or leave the place out",
  name: 'use the pseudonym or an arbitrary letter ("Ms A")'
};
function phiMessage(what, kind) {
  return `${what} in patient-facing text; ${ADVICE[kind]}`;
}
var MAY_HOLD_NUMBERS_OR_CONTACTS = /[0-9@]|:\/\/|www\.|[0-9A-Fa-f]?:[0-9A-Fa-f:]/i;
function detectAll(text, allowedName = () => false) {
  if (!MAY_HOLD_NUMBERS_OR_CONTACTS.test(text)) return detectTitledNames(text, allowedName);
  const all = [
    ...detectContacts(text),
    ...detectIdentifiers(text),
    ...detectDates(text),
    ...detectAges(text),
    ...detectLocations(text),
    ...detectTitledNames(text, allowedName)
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  return dropOverlaps(all);
}
function allowedNames(doc) {
  const names = /* @__PURE__ */ new Set();
  const add = (s) => {
    if (typeof s !== "string") return;
    for (const w of s.split(/[\s,.]+/)) if (w.length > 1) names.add(normalizeName(w));
  };
  const authors = doc.get(["authors"]);
  if (Array.isArray(authors)) {
    for (const a of authors) {
      if (a && typeof a === "object") {
        add(a.name);
        add(a.id);
      }
    }
  }
  if (doc.get(["patient", "alias_is_pseudonym"]) !== false) add(doc.get(["patient", "alias"]));
  return names;
}
function scanDocument(doc) {
  const out = [];
  const allowed = allowedNames(doc);
  const isAllowed = (w) => allowed.has(w);
  for (const scalar2 of doc.stringScalars((p) => !isPatientFacing(p))) {
    let from = scalar2.span.start;
    if (scalar2.blockScalar) {
      const nl = doc.text.indexOf("\n", from);
      if (nl === -1 || nl >= scalar2.span.end) continue;
      from = nl + 1;
    }
    const source = doc.text.slice(from, scalar2.span.end);
    for (const m of detectAll(source, isAllowed)) {
      out.push({
        start: from + m.start,
        end: from + m.end,
        kind: m.kind,
        what: m.what,
        message: phiMessage(m.what, m.kind),
        path: scalar2.path
      });
    }
  }
  collectAgeFields(doc, out);
  return out.sort((a, b) => a.start - b.start);
}
function formatPath(path6) {
  return path6.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
var AGE_KEY = /^(?:age|[a-z_]*_age)$/;
function collectAgeFields(doc, out) {
  for (const { path: path6, node, span } of doc.scalars()) {
    const key = path6[path6.length - 1];
    if (typeof key !== "string" || !AGE_KEY.test(key) || !isPatientFacing(path6)) continue;
    if (ageOver89(node.value) === void 0) continue;
    out.push({
      ...span,
      kind: "age",
      what: "an age over 89",
      message: `${formatPath(path6)} is over 89; write "90+" (HIPAA Safe Harbor aggregates ages over 89)`,
      path: path6,
      fixes: [{ title: 'Write "90+"', edits: [{ ...span, newText: '"90+"' }], preferred: true, safe: true }]
    });
  }
}
var PHI_SCAN = "phi";
function phiFindings(ctx) {
  return ctx.shared(PHI_SCAN, () => scanDocument(ctx.doc));
}

// server/src/core/rules/phi-age.ts
var rule17 = {
  meta: {
    id: "phi-age",
    description: "patient-facing text and age fields hold no age over 89",
    defaultSeverity: "warning",
    category: "deidentification"
  },
  check(ctx) {
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "age") continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  }
};

// server/src/core/rules/phi-contact.ts
var rule18 = {
  meta: {
    id: "phi-contact",
    description: "patient-facing text holds no phone or fax number, email address, URL or IP address",
    defaultSeverity: "error",
    category: "deidentification"
  },
  check(ctx) {
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "contact") continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  }
};

// server/src/core/rules/phi-date.ts
var rule19 = {
  meta: {
    id: "phi-date",
    description: "patient-facing text holds no full date (day and month)",
    defaultSeverity: "warning",
    category: "deidentification"
  },
  check(ctx) {
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "date") continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  }
};

// server/src/core/rules/phi-identifier.ts
var rule20 = {
  meta: {
    id: "phi-identifier",
    description: "patient-facing text holds no SSN, medical record, health plan, account or other identification number",
    defaultSeverity: "error",
    category: "deidentification"
  },
  check(ctx) {
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "identifier") continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  }
};

// server/src/core/rules/phi-location.ts
var rule21 = {
  meta: {
    id: "phi-location",
    description: "patient-facing text holds no street address or ZIP code",
    defaultSeverity: "warning",
    category: "deidentification"
  },
  check(ctx) {
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "location") continue;
      ctx.report({ start: f.start, end: f.end, message: f.message, fixes: f.fixes, data: { phi: f.what } });
    }
  }
};

// server/src/core/rules/phi-name.ts
var rule22 = {
  meta: {
    id: "phi-name",
    description: "patient-facing text holds no personal name with a title, and patient.alias is a pseudonym",
    defaultSeverity: "warning",
    category: "deidentification"
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.get(["patient", "alias_is_pseudonym"]) === false && doc.has(["patient", "alias"])) {
      ctx.report({
        ...doc.span(["patient", "alias"], "value"),
        message: "patient.alias is marked as the patient's real name (alias_is_pseudonym: false); replace it with a pseudonym and set alias_is_pseudonym to true",
        related: [{ ...doc.span(["patient", "alias_is_pseudonym"], "value"), message: "the alias is marked as a real name here" }]
      });
    }
    for (const f of phiFindings(ctx)) {
      if (f.kind !== "name") continue;
      ctx.report({
        start: f.start,
        end: f.end,
        message: `${f.what} in patient-facing text that is not an author's; use the pseudonym or an arbitrary letter ("Ms A")`,
        data: { phi: f.what }
      });
    }
  }
};

// server/src/core/rules/deidentification.ts
var deidentificationRules = [
  rule16,
  rule15,
  rule19,
  rule17,
  rule18,
  rule20,
  rule21,
  rule22
];

// server/src/core/symbols.ts
var import_yaml4 = __toESM(require_dist());
function valueTextSpan(doc, path6) {
  const node = doc.node(path6);
  if (!node || !(0, import_yaml4.isScalar)(node)) return void 0;
  return scalarTextSpan(node);
}

// server/src/core/rules/framework-unknown.ts
function norm(s) {
  return s.trim().toLowerCase().replace(/[-_\s]+/g, " ");
}
function suggestFrameworks(kb, input) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of kb.frameworks()) {
    for (const n of [f.id, f.name, ...f.aliases]) {
      const k = norm(n);
      if (!byName.has(k)) byName.set(k, f.id);
    }
  }
  const exact = byName.get(norm(input));
  if (exact) return [exact];
  const out = [];
  for (const n of nearest(norm(input), byName.keys(), 6)) {
    const id = byName.get(n);
    if (id && !out.includes(id)) out.push(id);
  }
  return out.slice(0, 3);
}
var rule23 = {
  meta: {
    id: "framework-unknown",
    description: "perspective frameworks and history therapies are known framework ids",
    defaultSeverity: "warning",
    category: "perspectives"
  },
  check(ctx) {
    const { doc, kb } = ctx;
    const uses = [];
    for (const p of doc.items(["perspectives"])) uses.push({ path: [...p.path, "framework"], what: "framework" });
    for (const t of doc.items(["treatment_history"])) uses.push({ path: [...t.path, "therapy"], what: "therapy" });
    for (const use of uses) {
      const v = doc.get(use.path);
      if (typeof v !== "string" || v.trim() === "" || kb.framework(v)) continue;
      const suggestions = suggestFrameworks(kb, v);
      const edit = valueTextSpan(doc, use.path);
      const fixes = suggestionFixes(edit, suggestions);
      const hint = suggestions.length > 0 ? `; ${didYouMean(suggestions)}` : "; use a framework id such as psychodynamic, cbt or kap, or add it under frameworks: in .caselintrc.yaml";
      ctx.report({
        ...doc.span(use.path, "value"),
        message: `${use.what} "${v}" is not a known framework id${hint}`,
        ...fixes.length > 0 ? { fixes } : {},
        data: { suggestions }
      });
    }
  }
};

// server/src/core/rules/perspective-unlabeled.ts
var import_yaml5 = __toESM(require_dist());
function perspectiveName(value, index) {
  const label2 = value && typeof value === "object" ? value.label : void 0;
  return typeof label2 === "string" && label2.trim() !== "" ? `"${label2.trim()}"` : `${index + 1}`;
}
function blank(v) {
  return v === void 0 || v === null || typeof v === "string" && v.trim() === "";
}
function defaultLabel(kb, frameworkId) {
  if (typeof frameworkId !== "string") return void 0;
  const f = kb.framework(frameworkId) ?? kb.frameworks().find((x) => x.id.toLowerCase() === frameworkId.trim().toLowerCase());
  return f ? `${f.name} Perspective` : void 0;
}
function labelEdit(doc, path6, label2) {
  const map = doc.node(path6);
  if (!map || !(0, import_yaml5.isMap)(map)) return void 0;
  const pair = doc.pair([...path6, "label"]);
  if (pair) {
    const value = pair.value;
    if (value && (0, import_yaml5.isScalar)(value) && (value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE")) {
      const inner = valueTextSpan(doc, [...path6, "label"]);
      return inner ? { ...inner, newText: label2 } : void 0;
    }
    if (value && (0, import_yaml5.isScalar)(value) && value.range && value.range[1] > value.range[0]) {
      return void 0;
    }
    const key = pair.key;
    if (!key?.range) return void 0;
    const colon = doc.text.indexOf(":", key.range[1]);
    if (colon === -1) return void 0;
    return { start: colon + 1, end: colon + 1, newText: ` ${label2}` };
  }
  const first = map.items[0];
  const firstKey = first?.key;
  if (!firstKey?.range) return void 0;
  const at = firstKey.range[0];
  if (map.flow) return { start: at, end: at, newText: `label: ${label2}, ` };
  const column2 = doc.lines.position(at).character;
  return { start: at, end: at, newText: `label: ${label2}
${" ".repeat(column2)}` };
}
var rule24 = {
  meta: {
    id: "perspective-unlabeled",
    description: "every perspective has a label (its heading) and a framework",
    defaultSeverity: "error",
    category: "perspectives"
  },
  check(ctx) {
    const { doc, kb } = ctx;
    for (const p of doc.items(["perspectives"])) {
      if (!p.value || typeof p.value !== "object" || Array.isArray(p.value)) continue;
      const v = p.value;
      const labelBlank = blank(v.label);
      const frameworkBlank = blank(v.framework);
      if (!labelBlank && !frameworkBlank) continue;
      const index = p.path[p.path.length - 1];
      const hasLabelKey = doc.has([...p.path, "label"]);
      const range = labelBlank && hasLabelKey ? doc.span([...p.path, "label"], "value") : doc.span(p.path, "key");
      const by = typeof v.author === "string" && v.author !== "" ? ` by ${v.author}` : "";
      const suggested = labelBlank ? defaultLabel(kb, v.framework) : void 0;
      let message;
      if (labelBlank && frameworkBlank) {
        message = `perspective ${index + 1}${by} has no label and no framework; give it a heading and a framework id such as psychodynamic or cbt`;
      } else if (labelBlank) {
        const what = hasLabelKey ? "an empty label" : "no label";
        message = `perspective ${index + 1}${by} has ${what}; readers need a heading${suggested ? ` such as "${suggested}"` : ""}`;
      } else {
        message = `perspective ${perspectiveName(v, index)}${by} has no framework; name a framework id such as psychodynamic or cbt`;
      }
      const fixes = [];
      if (suggested) {
        const edit = labelEdit(doc, p.path, suggested);
        if (edit) fixes.push({ title: `Label it "${suggested}"`, edits: [edit], preferred: true });
      }
      ctx.report({ ...range, message, ...fixes.length > 0 ? { fixes } : {}, ...suggested ? { data: { label: suggested } } : {} });
    }
  }
};

// server/src/core/rules/perspective-duplicate.ts
var rule25 = {
  meta: {
    id: "perspective-duplicate",
    description: "no two perspectives share a framework and an author",
    defaultSeverity: "warning",
    category: "perspectives"
  },
  check(ctx) {
    const { doc } = ctx;
    const seen = /* @__PURE__ */ new Map();
    for (const p of doc.items(["perspectives"])) {
      if (!p.value || typeof p.value !== "object" || Array.isArray(p.value)) continue;
      const { framework, author } = p.value;
      if (typeof framework !== "string" || typeof author !== "string" || framework === "" || author === "") continue;
      const index = p.path[p.path.length - 1];
      const key = JSON.stringify([framework, author]);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { path: p.path, index, value: p.value });
        continue;
      }
      ctx.report({
        ...doc.span([...p.path, "framework"], "value"),
        message: `perspective ${perspectiveName(p.value, index)} repeats framework ${framework} by ${author}, like perspective ${perspectiveName(first.value, first.index)}; merge them or give each its own framework or author`,
        related: [{ ...doc.span([...first.path, "framework"], "value"), message: `the first ${framework} perspective by ${author}` }]
      });
    }
  }
};

// server/src/core/rules/perspective-label-mismatch.ts
var GENERIC = /* @__PURE__ */ new Set(["mindfulness", "integrated", "problem solving", "exposure therapy", "integrative discussion"]);
function normalize(s) {
  return s.replace(/[-_\s]+/g, " ").trim();
}
function isWordChar(c) {
  return c !== void 0 && /[A-Za-z0-9]/.test(c);
}
function mentions(label2, frameworks) {
  const text = normalize(label2);
  const lower = text.toLowerCase();
  const found = [];
  for (const f of frameworks) {
    for (const phrase of [f.name, ...f.aliases]) {
      const p = normalize(phrase);
      if (p === "" || GENERIC.has(p.toLowerCase())) continue;
      const caseSensitive = p === p.toUpperCase() && /[A-Z]/.test(p);
      const hay = caseSensitive ? text : lower;
      const needle = caseSensitive ? p : p.toLowerCase();
      let at = hay.indexOf(needle);
      while (at !== -1) {
        const end = at + needle.length;
        if (!isWordChar(hay[at - 1]) && !isWordChar(hay[end])) found.push({ id: f.id, start: at, end });
        at = hay.indexOf(needle, at + 1);
      }
    }
  }
  return found.filter((m) => !found.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}
function labelMismatch(kb, label2, frameworkId) {
  const all = kb.frameworks().filter((f) => f.id !== "other");
  const named = [...new Set(mentions(label2, all).map((m) => m.id))];
  if (named.length === 0 || named.includes(frameworkId)) return [];
  if (new RegExp(`(^|[^a-z0-9])${frameworkId.replace(/[^a-z0-9]/gi, ".")}([^a-z0-9]|$)`, "i").test(normalize(label2).replace(/ /g, "-"))) return [];
  return named;
}
var rule26 = {
  meta: {
    id: "perspective-label-mismatch",
    description: "a perspective's label names the framework its `framework` says",
    defaultSeverity: "info",
    category: "perspectives"
  },
  check(ctx) {
    const { doc, kb } = ctx;
    for (const p of doc.items(["perspectives"])) {
      if (!p.value || typeof p.value !== "object" || Array.isArray(p.value)) continue;
      const { label: label2, framework } = p.value;
      if (typeof label2 !== "string" || typeof framework !== "string") continue;
      const declared = kb.framework(framework);
      if (!declared) continue;
      const named = labelMismatch(kb, label2, framework);
      if (named.length === 0) continue;
      const names = named.map((id) => kb.framework(id)?.name ?? id);
      const fixes = [];
      const labelSpan = valueTextSpan(doc, [...p.path, "label"]);
      const relabel = defaultLabel(kb, framework);
      if (labelSpan && relabel) fixes.push({ title: `Relabel as "${relabel}"`, edits: [{ ...labelSpan, newText: relabel }] });
      const fwSpan = valueTextSpan(doc, [...p.path, "framework"]);
      if (fwSpan && named.length === 1) {
        fixes.push({ title: `Set framework to ${named[0]}`, edits: [{ ...fwSpan, newText: named[0] }] });
      }
      ctx.report({
        ...doc.span([...p.path, "label"], "value"),
        message: `label "${label2}" names ${names.join(" and ")}, but framework is ${framework} (${declared.name})`,
        related: [{ ...doc.span([...p.path, "framework"], "value"), message: `framework: ${framework}` }],
        ...fixes.length > 0 ? { fixes } : {},
        data: { named }
      });
    }
  }
};

// server/src/core/rules/author-undefined.ts
function authorIds(doc) {
  const ids = [];
  for (const a of doc.items(["authors"])) {
    const id = a.value && typeof a.value === "object" ? a.value.id : void 0;
    if (typeof id === "string" && id !== "") ids.push(id);
  }
  return ids;
}
var rule27 = {
  meta: {
    id: "author-undefined",
    description: "perspectives and the integrative discussion name authors that `authors` defines",
    defaultSeverity: "error",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = authorIds(doc);
    const known = new Set(ids);
    const uses = [];
    for (const p of doc.items(["perspectives"])) uses.push({ path: [...p.path, "author"], where: "perspective" });
    uses.push({ path: ["integrative_discussion", "author"], where: "integrative discussion" });
    const authorsKey = doc.has(["authors"]) ? doc.span(["authors"], "key") : void 0;
    for (const use of uses) {
      const v = doc.get(use.path);
      if (typeof v !== "string" || v.trim() === "" || known.has(v)) continue;
      const suggestions = nearest(v, ids);
      const edit = valueTextSpan(doc, use.path);
      const fixes = suggestionFixes(edit, suggestions);
      const hint = suggestions.length > 0 ? `; ${didYouMean(suggestions)}` : ids.length > 0 ? ` (authors: ${ids.join(", ")})` : "; the document defines no authors";
      ctx.report({
        ...doc.span(use.path, "value"),
        message: `the ${use.where} names author "${v}", which is not an id in authors${hint}`,
        ...fixes.length > 0 ? { fixes } : {},
        ...authorsKey ? { related: [{ ...authorsKey, message: "authors are defined here" }] } : {},
        data: { suggestions }
      });
    }
  }
};

// server/src/core/rules/perspective-unattributed.ts
var rule28 = {
  meta: {
    id: "perspective-unattributed",
    description: "every perspective names its author",
    defaultSeverity: "error",
    category: "perspectives"
  },
  check(ctx) {
    const { doc } = ctx;
    const ids = authorIds(doc);
    for (const p of doc.items(["perspectives"])) {
      if (!p.value || typeof p.value !== "object" || Array.isArray(p.value)) continue;
      const author = p.value.author;
      if (author !== void 0 && author !== null && !(typeof author === "string" && author.trim() === "")) continue;
      const index = p.path[p.path.length - 1];
      const hasKey = doc.has([...p.path, "author"]);
      const range = hasKey ? doc.span([...p.path, "author"], "value") : doc.span(p.path, "key");
      const choices = ids.length > 0 ? ` (one of ${ids.join(", ")})` : "";
      ctx.report({
        ...range,
        message: `perspective ${perspectiveName(p.value, index)} has ${hasKey ? "an empty author" : "no author"}; name the author's id${choices}`
      });
    }
  }
};

// server/src/core/rules/perspectives-too-few.ts
var MIN_PERSPECTIVES = 2;
var rule29 = {
  meta: {
    id: "perspectives-too-few",
    description: "a Cross Talk document has at least two perspectives",
    defaultSeverity: "error",
    category: "perspectives"
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.get(["type"]) !== "cross-talk") return;
    const value = doc.get(["perspectives"]);
    const count = Array.isArray(value) ? value.length : 0;
    if (count >= MIN_PERSPECTIVES) return;
    const hasKey = doc.has(["perspectives"]);
    const range = hasKey ? doc.span(["perspectives"], "key") : doc.span(["type"], "value");
    const has = count === 0 ? hasKey ? "none" : "no perspectives key" : `only ${count}`;
    ctx.report({
      ...range,
      message: `a cross-talk document needs at least ${MIN_PERSPECTIVES} perspectives; it has ${has} (use type: case-report for a single-author report)`,
      data: { count }
    });
  }
};

// server/src/core/rules/perspectives.ts
var perspectivesRules = [
  rule24,
  rule28,
  rule23,
  rule26,
  rule29,
  rule25
];

// server/src/core/rules/affiliation-undefined.ts
var import_yaml6 = __toESM(require_dist());
var rule30 = {
  meta: {
    id: "affiliation-undefined",
    description: "authors name affiliations that the `affiliations` map defines",
    defaultSeverity: "error",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    const map = doc.node(["affiliations"]);
    const ids = [];
    if (map && (0, import_yaml6.isMap)(map)) {
      for (const pair of map.items) {
        const k = pair.key;
        if (k && (0, import_yaml6.isScalar)(k) && (typeof k.value === "string" || typeof k.value === "number")) ids.push(String(k.value));
      }
    }
    const known = new Set(ids);
    const affKey = doc.has(["affiliations"]) ? doc.span(["affiliations"], "key") : void 0;
    for (const author of doc.items(["authors"])) {
      const authorId = author.value && typeof author.value === "object" ? author.value.id : void 0;
      for (const item of doc.items([...author.path, "affiliations"])) {
        if (typeof item.value !== "string" && typeof item.value !== "number" || item.value === "") continue;
        const v = String(item.value);
        if (known.has(v)) continue;
        const suggestions = nearest(v, ids);
        const edit = valueTextSpan(doc, item.path);
        const fixes = suggestionFixes(edit, suggestions);
        const who = typeof authorId === "string" ? `author ${authorId}` : "an author";
        const hint = suggestions.length > 0 ? `; ${didYouMean(suggestions)}` : ids.length > 0 ? ` (defined: ${ids.join(", ")})` : "; the document has no affiliations map";
        ctx.report({
          ...doc.span(item.path, "value"),
          message: `${who} names affiliation "${v}", which the affiliations map lacks${hint}`,
          ...fixes.length > 0 ? { fixes } : {},
          ...affKey ? { related: [{ ...affKey, message: "affiliations are defined here" }] } : {},
          data: { suggestions }
        });
      }
    }
  }
};

// server/src/core/rules/corresponding-author.ts
var rule31 = {
  meta: {
    id: "corresponding-author",
    description: "exactly one author is marked `corresponding: true`",
    defaultSeverity: "warning",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    const authors = doc.items(["authors"]).filter((a) => a.value && typeof a.value === "object" && !Array.isArray(a.value));
    if (authors.length === 0) return;
    const marked = authors.filter((a) => a.value.corresponding === true);
    const name = (a, i) => {
      const id = a.value.id;
      return typeof id === "string" ? id : `author ${i + 1}`;
    };
    if (marked.length === 0) {
      ctx.report({
        ...doc.span(["authors"], "key"),
        message: authors.length === 1 ? `the only author, ${name(authors[0], 0)}, is not marked corresponding: true; mark exactly one author` : `none of the ${authors.length} authors is marked corresponding: true; mark exactly one`
      });
      return;
    }
    const first = marked[0];
    const firstName = name(first, authors.indexOf(first));
    for (const extra of marked.slice(1)) {
      const extraName = name(extra, authors.indexOf(extra));
      const edit = valueTextSpan(doc, [...extra.path, "corresponding"]);
      ctx.report({
        ...doc.span([...extra.path, "corresponding"], "key"),
        message: `${extraName} is marked corresponding, but so is ${firstName}; exactly one author should be`,
        related: [{ ...doc.span([...first.path, "corresponding"], "key"), message: `${firstName} is the first corresponding author` }],
        ...edit ? { fixes: [{ title: `Set corresponding: false for ${extraName}`, edits: [{ ...edit, newText: "false" }] }] } : {}
      });
    }
  }
};

// server/src/core/rules/dates-order.ts
var ORDER = ["submitted", "accepted", "published"];
var rule32 = {
  meta: {
    id: "dates-order",
    description: "article dates run submitted, accepted, published, and no period ends before it starts",
    defaultSeverity: "warning",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    let previous;
    for (const name of ORDER) {
      const raw = doc.get(["dates", name]);
      const date = parsePartialDate(raw);
      if (!date || date.length < 3) continue;
      const text = String(typeof raw === "string" ? raw.trim() : raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
      if (previous && comparePartialDates(date, previous.date) < 0) {
        ctx.report({
          ...doc.span(["dates", name], "value"),
          message: `${name} date ${text} is before ${previous.name} date ${previous.text}; dates run submitted, accepted, published`,
          related: [{ ...doc.span(["dates", previous.name], "value"), message: `${previous.name}: ${previous.text}` }]
        });
      }
      previous = { name, text, date };
    }
    for (const s of doc.stringScalars()) {
      if (s.path[s.path.length - 1] !== "period") continue;
      const parts = s.value.split("/");
      if (parts.length !== 2) continue;
      const [startText, endText] = parts.map((p) => p.trim());
      const start = parsePartialDate(startText);
      const end = parsePartialDate(endText);
      if (!start || !end) continue;
      if (comparePartialDates(end, start) < 0) {
        const edit = s.blockScalar ? void 0 : scalarTextSpan(s.node);
        ctx.report({
          ...doc.span(s.path, "value"),
          message: `period "${s.value}" ends (${endText}) before it starts (${startText}); write "start/end"`,
          ...edit ? { fixes: [{ title: `Swap to "${endText}/${startText}"`, edits: [{ ...edit, newText: `${endText}/${startText}` }] }] } : {}
        });
      }
    }
  }
};

// server/src/core/rules/doi-format.ts
var DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
var PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s?)/i;
function isDoi(value) {
  return DOI.test(value);
}
var rule33 = {
  meta: {
    id: "doi-format",
    description: "a DOI is written bare, as 10.<registrant>/<suffix>",
    defaultSeverity: "warning",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    const paths = [];
    if (doc.has(["doi"])) paths.push(["doi"]);
    for (const r of doc.items(["references"])) {
      if (doc.has([...r.path, "doi"])) paths.push([...r.path, "doi"]);
    }
    for (const path6 of paths) {
      const raw = doc.get(path6);
      if (raw === null || raw === void 0 || typeof raw === "object" && !(raw instanceof Date)) continue;
      const text = String(raw);
      if (typeof raw === "string" && isDoi(raw)) continue;
      const range = doc.span(path6, "value");
      const bare = typeof raw === "string" ? raw.trim().replace(PREFIX, "") : void 0;
      if (bare !== void 0 && bare !== raw && isDoi(bare)) {
        const edit = valueTextSpan(doc, path6);
        ctx.report({
          ...range,
          message: `DOI "${raw}" carries a prefix; write the DOI alone: ${bare}`,
          ...edit ? { fixes: [{ title: `Write ${bare}`, edits: [{ ...edit, newText: bare }], safe: true, preferred: true }] } : {},
          data: { doi: bare }
        });
        continue;
      }
      ctx.report({
        ...range,
        message: `"${text}" does not look like a DOI; expected 10.<4-9 digits>/<suffix>, e.g. 10.4088/JCP.23ct14798`
      });
    }
  }
};

// server/src/core/rules/quantity-format.ts
var import_yaml7 = __toESM(require_dist());
var SYNONYMS = {
  dose: {
    "mg/d": "mg/day",
    "mg daily": "mg/day",
    "mg per day": "mg/day",
    "mg/24h": "mg/day",
    "mg/24 h": "mg/day",
    "mcg/d": "mcg/day",
    "mcg daily": "mcg/day",
    "mcg per day": "mcg/day",
    "\xB5g": "mcg",
    "\u03BCg": "mcg",
    "ug": "mcg",
    "\xB5g/day": "mcg/day",
    "\u03BCg/day": "mcg/day",
    "ug/day": "mcg/day",
    "g/d": "g/day",
    "g daily": "g/day",
    "mg per kg": "mg/kg",
    "meq/l": "mEq/L"
  },
  time: {
    mins: "min",
    minute: "min",
    minutes: "min",
    "min.": "min",
    hr: "h",
    hrs: "h",
    hour: "h",
    hours: "h",
    d: "days",
    wk: "weeks",
    wks: "weeks",
    w: "weeks",
    mo: "months",
    mos: "months",
    mth: "months",
    mths: "months",
    y: "years",
    yr: "years",
    yrs: "years"
  },
  weight: { kgs: "kg", kilograms: "kg", kilogram: "kg" }
};
var PLURAL = { day: "days", week: "weeks", month: "months", year: "years" };
var SINGULAR = { days: "day", weeks: "week", months: "month", years: "year" };
function canonicalQuantity(raw, kind) {
  const text = raw.trim();
  const num = /^\d+(?:\.\d+)?/.exec(text);
  if (!num) return void 0;
  let unit = text.slice(num[0].length).trim().replace(/\s+/g, " ").replace(/ ?\/ ?/g, "/");
  if (unit === "") return void 0;
  const units = unitsFor(kind);
  const lower = unit.toLowerCase();
  let found = units.find((u) => u === unit) ?? units.find((u) => u.toLowerCase() === lower);
  if (!found) {
    const syn = SYNONYMS[kind][lower];
    if (!syn) return void 0;
    found = syn;
  }
  unit = found;
  const value = Number(num[0]);
  if (kind === "time") {
    if (value === 1 && SINGULAR[unit]) unit = SINGULAR[unit];
    else if (value !== 1 && PLURAL[unit]) unit = PLURAL[unit];
  }
  const canonical = `${num[0]} ${unit}`;
  return canonical === raw ? void 0 : canonical;
}
function quantityFields(doc) {
  const out = [];
  const add = (path6, kind, label2) => {
    if (doc.has(path6)) out.push({ path: path6, kind, label: label2 });
  };
  for (const t of doc.items(["treatment_history"])) {
    if (!t.value || typeof t.value !== "object" || Array.isArray(t.value)) continue;
    add([...t.path, "dose"], "dose", "dose");
    add([...t.path, "duration"], "time", "duration");
  }
  for (const iv of doc.items(["interventions"])) {
    for (const s of doc.items([...iv.path, "sessions"])) {
      for (const a of doc.items([...s.path, "administrations"])) {
        if (!a.value || typeof a.value !== "object" || Array.isArray(a.value)) continue;
        add([...a.path, "dose"], "dose", "dose");
        add([...a.path, "after"], "time", "delay `after`");
      }
    }
  }
  add(["patient", "weight"], "weight", "weight");
  return out;
}
var rule34 = {
  meta: {
    id: "quantity-format",
    description: 'doses, durations, delays and body weight are written "<number> <unit>" with an accepted unit',
    defaultSeverity: "error",
    category: "structure"
  },
  check(ctx) {
    const { doc } = ctx;
    for (const field of quantityFields(doc)) {
      const raw = doc.get(field.path);
      if (raw !== null && typeof raw === "object") continue;
      const range = doc.span(field.path, "value");
      if (raw === null || raw === void 0 || raw === "") {
        ctx.report({ ...range, message: `${field.label} is empty; expected ${expectedForm(field.kind)}` });
        continue;
      }
      if (typeof raw !== "string" && typeof raw !== "number") {
        ctx.report({ ...range, message: `${field.label} ${String(raw)} is not a quantity; expected ${expectedForm(field.kind)}` });
        continue;
      }
      const parsed = parseQuantity(raw, field.kind);
      if (parsed.ok) continue;
      const canonical = typeof raw === "string" ? canonicalQuantity(raw, field.kind) : void 0;
      const node = doc.node(field.path);
      const editSpan = node && (0, import_yaml7.isScalar)(node) ? valueTextSpan(doc, field.path) : void 0;
      if (canonical && editSpan) {
        ctx.report({
          ...range,
          message: `${field.label} "${raw}" should be written "${canonical}" ("<number> <unit>", one space, an accepted unit)`,
          fixes: [{ title: `Write "${canonical}"`, edits: [{ ...editSpan, newText: canonical }], safe: true, preferred: true }],
          data: { canonical }
        });
      } else {
        ctx.report({ ...range, message: `${field.label} ${parsed.reason}` });
      }
    }
  }
};

// server/src/schema/index.ts
var import_yaml9 = __toESM(require_dist());

// server/src/schema/generated/caseValidator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://caselint.example.org/schemas/case-report.schema.json", "title": "Case report", "description": "A structured psychiatric case report (*.case.yaml): a Cross Talk article (a case and several expert perspectives) or a single-author CARE-style case report.", "markdownDescription": "A structured psychiatric case report (`*.case.yaml`): a **Cross Talk** article (a case and several expert perspectives) or a single-author CARE-style case report.", "type": "object", "required": ["caselint", "type", "title", "authors", "abstract", "patient", "diagnoses", "treatment_history"], "properties": { "caselint": { "const": 1, "title": "Format version", "description": "The case-report format version. Always 1.", "markdownDescription": "The case-report format version. Always `1`.", "examples": [1] }, "type": { "type": "string", "title": "Article type", "description": "What kind of article this is.", "markdownDescription": "What kind of article this is.", "examples": ["cross-talk"], "enum": ["cross-talk", "case-report"], "enumDescriptions": ["A Cross Talk article: a case and at least two expert perspectives, closed by an integrative discussion.", "A single-author CARE-style case report with a discussion."] }, "title": { "type": "string", "title": "Title", "description": "The article's title.", "markdownDescription": "The article's title.", "examples": ["Ketamine-Assisted Psychotherapy for Treatment-Resistant Depression"] }, "subtitle": { "type": "string", "title": "Subtitle", "description": "An optional subtitle.", "markdownDescription": "An optional subtitle." }, "journal": { "type": "string", "title": "Journal", "description": "The journal the article is for.", "markdownDescription": "The journal the article is for.", "examples": ["J Clin Psychiatry"] }, "doi": { "type": "string", "title": "DOI", "description": "The article's DOI, 10.NNNN/... (checked by the doi-format rule).", "markdownDescription": "The article's DOI, `10.NNNN/...` (checked by the `doi-format` rule).", "examples": ["10.1000/example.2024.1"] }, "dates": { "type": "object", "title": "Dates", "description": "Editorial dates, each YYYY-MM-DD, in the order submitted, accepted, published.", "markdownDescription": "Editorial dates, each `YYYY-MM-DD`, in the order submitted, accepted, published.", "properties": { "submitted": { "type": "string", "title": "Submitted", "description": "When the manuscript was submitted, YYYY-MM-DD.", "markdownDescription": "When the manuscript was submitted, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-01-15"] }, "accepted": { "type": "string", "title": "Accepted", "description": "When the manuscript was accepted, YYYY-MM-DD.", "markdownDescription": "When the manuscript was accepted, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-03-02"] }, "published": { "type": "string", "title": "Published", "description": "When the article was published, YYYY-MM-DD.", "markdownDescription": "When the article was published, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-05-20"] } }, "additionalProperties": false }, "authors": { "type": "array", "title": "Authors", "description": "The article's authors, in order. Exactly one should be corresponding: true.", "markdownDescription": "The article's authors, in order. Exactly one should be `corresponding: true`.", "items": { "$ref": "#/$defs/author" } }, "affiliations": { "type": "object", "title": "Affiliations", "description": "Affiliations by id; authors name them in authors[].affiliations.", "markdownDescription": "Affiliations by id; authors name them in `authors[].affiliations`.", "additionalProperties": { "type": "string", "title": "Affiliation", "description": "The affiliation as printed.", "markdownDescription": "The affiliation as printed." }, "examples": [{ "dept-psychiatry": "Department of Psychiatry, Example University Hospital" }] }, "abstract": { "type": "string", "title": "Abstract", "description": "A short summary: what is new, the main findings, diagnoses, interventions and outcomes, and the lesson (CARE item 3).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "A short summary: what is new, the main findings, diagnoses, interventions and outcomes, and the lesson (CARE item 3).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "keywords": { "type": "array", "title": "Keywords", "description": "2 to 5 keywords (CARE item 2).", "markdownDescription": "2 to 5 keywords (CARE item 2).", "examples": [["treatment-resistant depression", "ketamine", "case report"]], "items": { "type": "string", "title": "A keyword", "description": "A keyword.", "markdownDescription": "A keyword." } }, "introduction": { "type": "string", "title": "Introduction", "description": "Background, and why the case is worth reporting (CARE item 4).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Background, and why the case is worth reporting (CARE item 4).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "patient": { "type": "object", "title": "Patient", "description": "The patient, de-identified: a pseudonym, age, sex and the history. Never the real name.", "markdownDescription": "The patient, de-identified: a pseudonym, age, sex and the history. Never the real name.", "properties": { "alias": { "type": "string", "title": "Alias", "description": "A pseudonym for the patient; never the real name.", "markdownDescription": "A pseudonym for the patient; never the real name.", "examples": ["John"] }, "alias_is_pseudonym": { "type": "boolean", "title": "Alias is a pseudonym", "description": "Set to false when alias is the patient's real name (rule phi-name then reports it).", "markdownDescription": "Set to `false` when `alias` is the patient's real name (rule `phi-name` then reports it)." }, "age": { "type": ["integer", "string"], "minimum": 0, "maximum": 150, "pattern": "^90\\+$", "title": "Age", "description": 'Age in years at presentation. Ages over 89 are written "90+" (HIPAA Safe Harbor; rule phi-age).', "markdownDescription": 'Age in years at presentation. Ages over 89 are written `"90+"` (HIPAA Safe Harbor; rule `phi-age`).', "examples": [61, "90+"] }, "sex": { "type": "string", "title": "Sex", "description": "The patient's sex.", "markdownDescription": "The patient's sex.", "examples": ["male"], "enum": ["male", "female", "intersex", "unknown"], "enumDescriptions": ["Male.", "Female.", "Intersex.", "Not known or not stated."] }, "gender": { "type": "string", "title": "Gender", "description": "Gender identity, in free text (optional).", "markdownDescription": "Gender identity, in free text (optional).", "examples": ["man", "woman", "nonbinary"] }, "occupation": { "type": "string", "title": "Occupation", "description": "The patient's occupation, kept general enough not to identify them.", "markdownDescription": "The patient's occupation, kept general enough not to identify them.", "examples": ["accountant", "teacher"] }, "weight": { "type": "string", "title": "Weight", "description": "Body weight, e.g. 82 kg; lets weight-based (mg/kg) doses be checked. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "Body weight, e.g. `82 kg`; lets weight-based (mg/kg) doses be checked. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["82 kg"] }, "presentation": { "type": "string", "title": "Presentation", "description": "The current complaint and symptoms.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The current complaint and symptoms.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "history": { "type": "string", "title": "History", "description": "Psychiatric and medical history.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Psychiatric and medical history.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "psychosocial_history": { "type": "string", "title": "Psychosocial history", "description": "Family, social and developmental history.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Family, social and developmental history.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "diagnoses": { "type": "array", "title": "Diagnoses", "description": "The patient's diagnoses.", "markdownDescription": "The patient's diagnoses.", "items": { "$ref": "#/$defs/diagnosis" } }, "treatment_history": { "type": "array", "title": "Treatment history", "description": "Earlier treatments. Each entry is exactly one of a drug trial (drug), a procedure (procedure) or a psychotherapy (therapy).", "markdownDescription": "Earlier treatments. Each entry is exactly one of a drug trial (`drug`), a procedure (`procedure`) or a psychotherapy (`therapy`).", "items": { "title": "Treatment-history entry", "description": "Exactly one of a drug trial (drug), a procedure (procedure) or a psychotherapy (therapy).", "markdownDescription": "Exactly one of a drug trial (`drug`), a procedure (`procedure`) or a psychotherapy (`therapy`).", "oneOf": [{ "$ref": "#/$defs/drugTrial" }, { "$ref": "#/$defs/procedure" }, { "$ref": "#/$defs/therapy" }] } }, "interventions": { "type": "array", "title": "Interventions", "description": "The treatment the case is about, e.g. ketamine-assisted psychotherapy, session by session.", "markdownDescription": "The treatment the case is about, e.g. ketamine-assisted psychotherapy, session by session.", "items": { "$ref": "#/$defs/intervention" } }, "course": { "type": "string", "title": "Course", "description": "The treatment course as narrative.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The treatment course as narrative.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "perspectives": { "type": "array", "title": "Perspectives", "description": "The expert perspectives. A cross-talk article has at least two (rule perspectives-too-few).", "markdownDescription": "The expert perspectives. A `cross-talk` article has at least two (rule `perspectives-too-few`).", "items": { "$ref": "#/$defs/perspective" } }, "integrative_discussion": { "type": "object", "title": "Integrative discussion", "description": "The closing discussion that draws the perspectives together. Required in a cross-talk article.", "markdownDescription": "The closing discussion that draws the perspectives together. Required in a `cross-talk` article.", "properties": { "author": { "type": "string", "title": "Author", "description": "The id of the author who wrote it.", "markdownDescription": "The `id` of the author who wrote it.", "examples": ["yeung"] }, "body": { "type": "string", "title": "Body", "description": "The discussion's text.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The discussion's text.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "discussion": { "type": "string", "title": "Discussion", "description": "Strengths and limitations, the relevant literature, and the take-away lessons (CARE item 11). Required in a case-report.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Strengths and limitations, the relevant literature, and the take-away lessons (CARE item 11). Required in a `case-report`.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "patient_perspective": { "type": "string", "title": "Patient perspective", "description": "The patient's own account of the treatment (CARE item 12).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The patient's own account of the treatment (CARE item 12).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "clinical_points": { "type": "array", "title": "Clinical points", "description": "Short take-away points for clinicians.", "markdownDescription": "Short take-away points for clinicians.", "examples": [["Check that earlier trials were adequate in dose and duration before calling depression treatment resistant."]], "items": { "type": "string", "title": "A clinical point", "description": "A clinical point.", "markdownDescription": "A clinical point." } }, "disclosures": { "type": "object", "title": "Disclosures", "description": "Competing interests and funding.", "markdownDescription": "Competing interests and funding.", "properties": { "financial_relationships": { "type": "string", "title": "Financial relationships", "description": "The authors' relevant financial relationships, or a statement that there are none.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The authors' relevant financial relationships, or a statement that there are none.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "funding": { "type": "string", "title": "Funding", "description": "Who funded the work, or a statement that there was no funding.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Who funded the work, or a statement that there was no funding.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "role_of_sponsor": { "type": "string", "title": "Role of the sponsor", "description": "What part the sponsor had in the work and the report.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "What part the sponsor had in the work and the report.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "deidentification": { "type": "object", "title": "De-identification", "description": "How the patient was protected: a statement that identifying details were removed or changed, and whether consent was obtained. Its presence is checked by the deidentification-missing and consent-missing rules.", "markdownDescription": "How the patient was protected: a statement that identifying details were removed or changed, and whether consent was obtained. Its presence is checked by the `deidentification-missing` and `consent-missing` rules.", "properties": { "statement": { "type": "string", "title": "Statement", "description": "A statement that details that could identify the patient were removed or changed.", "markdownDescription": "A statement that details that could identify the patient were removed or changed.", "examples": ["Details that could identify the patient have been removed or changed."] }, "consent": { "type": "string", "title": "Consent", "description": "Whether the patient consented to publication (CARE item 13).", "markdownDescription": "Whether the patient consented to publication (CARE item 13).", "examples": ["obtained"], "enum": ["obtained", "waived", "not-required"], "enumDescriptions": ["The patient (or a guardian) gave informed consent to publication.", "An ethics board waived consent.", "Consent was not required (e.g. fully de-identified under the journal's policy)."] } }, "additionalProperties": false }, "references": { "type": "array", "title": "References", "description": "The works cited in prose.", "markdownDescription": "The works cited in prose.", "items": { "$ref": "#/$defs/reference" } } }, "additionalProperties": false, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "cross-talk" } } }, "then": { "required": ["integrative_discussion"] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "case-report" } } }, "then": { "required": ["discussion"] } }], "$defs": { "author": { "type": "object", "title": "Author", "description": "One author of the article.", "markdownDescription": "One author of the article.", "required": ["id", "name"], "properties": { "id": { "type": "string", "title": "Author id", "description": "A short unique id, written with lower-case letters, digits and hyphens. Perspectives and the integrative discussion name authors by it.", "markdownDescription": "A short unique id, written with lower-case letters, digits and hyphens. Perspectives and the integrative discussion name authors by it.", "pattern": "^[a-z0-9-]+$", "examples": ["yeung"] }, "name": { "type": "string", "title": "Name", "description": "The author's name as printed.", "markdownDescription": "The author's name as printed.", "examples": ["Jane Example"] }, "degrees": { "type": "array", "title": "Degrees", "description": "Academic degrees, in order.", "markdownDescription": "Academic degrees, in order.", "examples": [["MD", "PhD"]], "items": { "type": "string", "title": "A degree", "description": "A degree.", "markdownDescription": "A degree." } }, "affiliations": { "type": "array", "title": "Affiliations", "description": "Ids of the author's affiliations: keys of the top-level affiliations map.", "markdownDescription": "Ids of the author's affiliations: keys of the top-level `affiliations` map.", "examples": [["dept-psychiatry"]], "items": { "type": "string", "title": "An affiliation id", "description": "An affiliation id.", "markdownDescription": "An affiliation id." } }, "corresponding": { "type": "boolean", "title": "Corresponding author", "description": "True for the corresponding author; exactly one author should be.", "markdownDescription": "True for the corresponding author; exactly one author should be." }, "email": { "type": "string", "title": "Email", "description": "The author's email address (for the corresponding author).", "markdownDescription": "The author's email address (for the corresponding author).", "examples": ["corresponding.author@example.org"] } }, "additionalProperties": false }, "diagnosis": { "type": "object", "title": "Diagnosis", "description": "One diagnosis.", "markdownDescription": "One diagnosis.", "required": ["name"], "properties": { "name": { "type": "string", "title": "Name", "description": "The diagnosis.", "markdownDescription": "The diagnosis.", "examples": ["major depressive disorder", "generalized anxiety disorder"] }, "code": { "type": "string", "title": "Code", "description": "An ICD-10-CM or DSM-5-TR code.", "markdownDescription": "An ICD-10-CM or DSM-5-TR code.", "examples": ["F33.1"] }, "status": { "type": "string", "title": "Status", "description": "How certain the diagnosis is.", "markdownDescription": "How certain the diagnosis is.", "examples": ["confirmed"], "enum": ["confirmed", "suspected", "ruled-out"], "enumDescriptions": ["Established.", "Considered likely, not established.", "Considered and excluded."] }, "onset_age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age at onset", "description": "The patient's age in years when the disorder began.", "markdownDescription": "The patient's age in years when the disorder began.", "examples": [46] }, "treatment_resistant": { "type": "boolean", "title": "Treatment resistant", "description": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in treatment_history must back the claim (rule trd-criteria-unmet).", "markdownDescription": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in `treatment_history` must back the claim (rule `trd-criteria-unmet`)." } }, "additionalProperties": false }, "drugTrial": { "type": "object", "title": "Drug trial", "description": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with procedure and therapy).", "markdownDescription": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with `procedure` and `therapy`).", "required": ["drug"], "examples": [{ "drug": "duloxetine", "class": "SNRI", "role": "monotherapy", "dose": "60 mg/day", "duration": "6 months", "outcome": "partial response" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "markdownDescription": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "examples": ["duloxetine", "sertraline", "lithium"] }, "class": { "type": "string", "title": "Drug class", "description": "The drug's class. Optional; when given it must match the drug (rule drug-class-mismatch). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "markdownDescription": "The drug's class. Optional; when given it must match the drug (rule `drug-class-mismatch`). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "examples": ["SNRI"], "enum": ["SSRI", "SNRI", "TCA", "MAOI", "atypical antidepressant", "serotonin modulator", "NMDA antagonist", "second-generation antipsychotic", "mood stabilizer", "anticonvulsant", "thyroid hormone", "stimulant", "dopamine agonist", "beta blocker", "anxiolytic", "other", "NDRI", "NaSSA", "SARI", "NRI", "TeCA", "RIMA", "SGA"], "enumDescriptions": ["Selective serotonin reuptake inhibitor: citalopram, escitalopram, fluoxetine, paroxetine, sertraline, fluvoxamine.", "Serotonin-norepinephrine reuptake inhibitor: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran.", "Tricyclic antidepressant: amitriptyline, nortriptyline, imipramine, desipramine, clomipramine, doxepin and others.", "Monoamine oxidase inhibitor: phenelzine, tranylcypromine, isocarboxazid, selegiline, moclobemide.", "Bupropion, mirtazapine, trazodone, nefazodone, agomelatine, tianeptine, reboxetine, mianserin.", "Vilazodone, vortioxetine (trazodone and nefazodone are accepted here too).", "Ketamine, esketamine, dextromethorphan-bupropion.", "Aripiprazole, brexpiprazole, cariprazine, quetiapine, olanzapine, olanzapine-fluoxetine, risperidone, lurasidone.", "Lithium.", "Lamotrigine, valproate, carbamazepine, topiramate.", "Liothyronine (T3), levothyroxine (T4).", "Methylphenidate, lisdexamfetamine, amphetamine, modafinil, armodafinil.", "Pramipexole, ropinirole.", "Pindolol.", "Buspirone.", "Anything else; never reported as a class mismatch.", "Norepinephrine-dopamine reuptake inhibitor (bupropion); a synonym of atypical antidepressant.", "Noradrenergic and specific serotonergic antidepressant (mirtazapine); a synonym of atypical antidepressant.", "Serotonin antagonist and reuptake inhibitor (trazodone, nefazodone).", "Norepinephrine reuptake inhibitor (reboxetine); a synonym of atypical antidepressant.", "Tetracyclic antidepressant (amoxapine, maprotiline, mianserin).", "Reversible inhibitor of monoamine oxidase A (moclobemide); a synonym of MAOI.", "Second-generation antipsychotic; a synonym of second-generation antipsychotic."] }, "role": { "type": "string", "title": "Role", "description": "How the drug was used.", "markdownDescription": "How the drug was used.", "examples": ["monotherapy"], "enum": ["monotherapy", "combination", "augmentation"], "enumDescriptions": ["The only antidepressant at the time.", "Given with another antidepressant.", "A non-antidepressant added to boost an antidepressant (e.g. lithium, an antipsychotic, T3)."] }, "dose": { "type": "string", "title": "Dose", "description": "The dose reached, e.g. 60 mg/day; a lithium level may be given in mEq/L. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The dose reached, e.g. `60 mg/day`; a lithium level may be given in `mEq/L`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["60 mg/day", "150 mg/day", "0.8 mEq/L"] }, "duration": { "type": "string", "title": "Duration", "description": "How long the drug was taken at that dose, e.g. 8 weeks. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the drug was taken at that dose, e.g. `8 weeks`. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["8 weeks", "6 months", "1 year"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the trial started (instead of period).", "markdownDescription": "The patient's age in years when the trial started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "procedure": { "type": "object", "title": "Procedure", "description": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "markdownDescription": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "required": ["procedure"], "examples": [{ "procedure": "ECT", "sessions": 12, "age": 46, "outcome": "response" }], "properties": { "procedure": { "type": "string", "title": "Procedure", "description": "Which procedure.", "markdownDescription": "Which procedure.", "examples": ["ECT"], "enum": ["ECT", "rTMS", "iTBS", "VNS", "DBS", "ablative neurosurgery", "ketamine infusion", "esketamine"], "enumDescriptions": ["Electroconvulsive therapy. A course usually has 6 to 12 sessions.", "Repetitive transcranial magnetic stimulation. A course usually has 20 to 30 sessions.", "Intermittent theta-burst stimulation, a short form of rTMS.", "Vagus nerve stimulation (implanted).", "Deep brain stimulation (implanted; investigational for depression).", "Cingulotomy, capsulotomy, subcaudate tractotomy or limbic leucotomy.", "A course of intravenous ketamine infusions.", "A course of intranasal esketamine."] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "markdownDescription": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the course lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the course lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["4 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years at the procedure (instead of period).", "markdownDescription": "The patient's age in years at the procedure (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "therapy": { "type": "object", "title": "Psychotherapy", "description": "A psychotherapy the patient had before the treatment the case is about.", "markdownDescription": "A psychotherapy the patient had before the treatment the case is about.", "required": ["therapy"], "examples": [{ "therapy": "cbt", "duration": "2 years", "outcome": "no response" }], "properties": { "therapy": { "type": "string", "title": "Therapy", "description": "The psychotherapy, as a framework id (cbt, psychodynamic, ipt, ...); unknown ids are reported by the framework-unknown rule.", "markdownDescription": "The psychotherapy, as a framework id (`cbt`, `psychodynamic`, `ipt`, ...); unknown ids are reported by the `framework-unknown` rule.", "examples": ["cbt", "psychodynamic", "ipt"] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the patient attended.", "markdownDescription": "How many sessions the patient attended.", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the therapy lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the therapy lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["2 years", "16 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the therapy started (instead of period).", "markdownDescription": "The patient's age in years when the therapy started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "intervention": { "type": "object", "title": "Intervention", "description": "The treatment the case is about.", "markdownDescription": "The treatment the case is about.", "properties": { "kind": { "type": "string", "title": "Kind", "description": "What the intervention is, in free text.", "markdownDescription": "What the intervention is, in free text.", "examples": ["ketamine-assisted psychotherapy", "esketamine"] }, "concurrent": { "type": "array", "title": "Concurrent treatments", "description": "Treatments continued during the intervention, each as free text.", "markdownDescription": "Treatments continued during the intervention, each as free text.", "examples": [["duloxetine 60 mg/day"]], "items": { "type": "string", "title": "A concurrent treatment", "description": "A concurrent treatment.", "markdownDescription": "A concurrent treatment." } }, "preparation_sessions": { "type": "integer", "minimum": 0, "title": "Preparation sessions", "description": "How many preparatory psychotherapy sessions came before dosing.", "markdownDescription": "How many preparatory psychotherapy sessions came before dosing.", "examples": [2] }, "sessions": { "type": "array", "title": "Sessions", "description": "The dosing sessions, in order.", "markdownDescription": "The dosing sessions, in order.", "items": { "$ref": "#/$defs/session" } }, "integration_sessions": { "type": "integer", "minimum": 0, "title": "Integration sessions", "description": "How many integration psychotherapy sessions followed dosing.", "markdownDescription": "How many integration psychotherapy sessions followed dosing.", "examples": [2] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient fared, in free text.", "markdownDescription": "How the patient fared, in free text.", "examples": ["no enduring change", "remission at 3 months"] } }, "additionalProperties": false }, "session": { "type": "object", "title": "Session", "description": "One dosing session of the intervention.", "markdownDescription": "One dosing session of the intervention.", "properties": { "number": { "type": "integer", "minimum": 1, "title": "Session number", "description": "The session's number, counting from 1.", "markdownDescription": "The session's number, counting from 1.", "examples": [1] }, "administrations": { "type": "array", "title": "Administrations", "description": "The doses given in this session, in order.", "markdownDescription": "The doses given in this session, in order.", "items": { "$ref": "#/$defs/administration" } }, "adverse_events": { "type": "string", "title": "Adverse events", "description": "Adverse events in this session, or none.", "markdownDescription": "Adverse events in this session, or `none`.", "examples": ["none", "transient nausea"] }, "notes": { "type": "string", "title": "Notes", "description": "What happened in the session.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "What happened in the session.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "administration": { "type": "object", "title": "Administration", "description": "One dose given in a session.", "markdownDescription": "One dose given in a session.", "examples": [{ "drug": "ketamine", "route": "sublingual", "form": "lozenge", "dose": "100 mg" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The drug given.", "markdownDescription": "The drug given.", "examples": ["ketamine", "esketamine"] }, "route": { "type": "string", "title": "Route", "description": "How the dose was given. Ketamine ceilings depend on the route (rule ketamine-dose-range).", "markdownDescription": "How the dose was given. Ketamine ceilings depend on the route (rule `ketamine-dose-range`).", "examples": ["sublingual"], "enum": ["intravenous", "intramuscular", "intranasal", "oral", "sublingual", "rectal", "subcutaneous", "transdermal"], "enumDescriptions": ["Into a vein (IV).", "Into a muscle (IM).", "A nasal spray.", "Swallowed.", "Under the tongue (a lozenge or troche).", "Rectally.", "Under the skin (SC).", "Through the skin (a patch)."] }, "form": { "type": "string", "title": "Form", "description": "The dosage form, in free text.", "markdownDescription": "The dosage form, in free text.", "examples": ["lozenge", "troche", "nasal spray"] }, "dose": { "type": "string", "title": "Dose", "description": "The amount given, e.g. 100 mg or 0.5 mg/kg. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The amount given, e.g. `100 mg` or `0.5 mg/kg`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["100 mg", "0.5 mg/kg"] }, "after": { "type": "string", "title": "After", "description": "How long after the previous administration of the session this one was given. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long after the previous administration of the session this one was given. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["20 min"] } }, "additionalProperties": false }, "perspective": { "type": "object", "title": "Perspective", "description": "One expert's view of the case. A perspective is labeled when it has a non-empty label, a known framework and an author from authors.", "markdownDescription": "One expert's view of the case. A perspective is labeled when it has a non-empty `label`, a known `framework` and an `author` from `authors`.", "properties": { "label": { "type": "string", "title": "Label", "description": "The heading the reader sees.", "markdownDescription": "The heading the reader sees.", "examples": ["Psychodynamic Perspective", "Cognitive Behavioral Therapy Perspective"] }, "framework": { "type": "string", "title": "Framework", "description": "The framework the perspective speaks from, as a framework id (psychodynamic, family-systems, cbt, kap, psychopharmacology, ...).", "markdownDescription": "The framework the perspective speaks from, as a framework id (`psychodynamic`, `family-systems`, `cbt`, `kap`, `psychopharmacology`, ...).", "examples": ["psychodynamic", "cbt", "kap"] }, "author": { "type": "string", "title": "Author", "description": "The id of the author who wrote this perspective.", "markdownDescription": "The `id` of the author who wrote this perspective.", "examples": ["yeung"] }, "body": { "type": "string", "title": "Body", "description": "The perspective's text.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The perspective's text.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "reference": { "type": "object", "title": "Reference", "description": "One cited work. Prose cites it as [@id].", "markdownDescription": "One cited work. Prose cites it as `[@id]`.", "required": ["id", "text"], "properties": { "id": { "type": "string", "title": "Reference id", "description": "The citation key used in prose ([@id]): letters, digits and _ : . -.", "markdownDescription": "The citation key used in prose (`[@id]`): letters, digits and `_ : . -`.", "pattern": "^[A-Za-z0-9_:.-]+$", "examples": ["star-d", "thase-1997"] }, "text": { "type": "string", "title": "Text", "description": "The full reference as printed.", "markdownDescription": "The full reference as printed.", "examples": ["Example A, Sample B. A study of examples. J Example Med. 2020;1(1):1-10."] }, "doi": { "type": "string", "title": "DOI", "description": "The work's DOI, 10.NNNN/... (checked by the doi-format rule).", "markdownDescription": "The work's DOI, `10.NNNN/...` (checked by the `doi-format` rule).", "examples": ["10.1000/example.2020.1"] }, "url": { "type": "string", "title": "URL", "description": "A link to the work.", "markdownDescription": "A link to the work.", "examples": ["https://example.org/paper"] }, "pmid": { "type": ["string", "integer"], "pattern": "^[0-9]+$", "minimum": 1, "title": "PMID", "description": "The PubMed id, digits only.", "markdownDescription": "The PubMed id, digits only.", "examples": ["12345678"] } }, "additionalProperties": false } } };
var schema33 = { "type": "object", "title": "Diagnosis", "description": "One diagnosis.", "markdownDescription": "One diagnosis.", "required": ["name"], "properties": { "name": { "type": "string", "title": "Name", "description": "The diagnosis.", "markdownDescription": "The diagnosis.", "examples": ["major depressive disorder", "generalized anxiety disorder"] }, "code": { "type": "string", "title": "Code", "description": "An ICD-10-CM or DSM-5-TR code.", "markdownDescription": "An ICD-10-CM or DSM-5-TR code.", "examples": ["F33.1"] }, "status": { "type": "string", "title": "Status", "description": "How certain the diagnosis is.", "markdownDescription": "How certain the diagnosis is.", "examples": ["confirmed"], "enum": ["confirmed", "suspected", "ruled-out"], "enumDescriptions": ["Established.", "Considered likely, not established.", "Considered and excluded."] }, "onset_age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age at onset", "description": "The patient's age in years when the disorder began.", "markdownDescription": "The patient's age in years when the disorder began.", "examples": [46] }, "treatment_resistant": { "type": "boolean", "title": "Treatment resistant", "description": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in treatment_history must back the claim (rule trd-criteria-unmet).", "markdownDescription": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in `treatment_history` must back the claim (rule `trd-criteria-unmet`)." } }, "additionalProperties": false };
var schema34 = { "type": "object", "title": "Drug trial", "description": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with procedure and therapy).", "markdownDescription": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with `procedure` and `therapy`).", "required": ["drug"], "examples": [{ "drug": "duloxetine", "class": "SNRI", "role": "monotherapy", "dose": "60 mg/day", "duration": "6 months", "outcome": "partial response" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "markdownDescription": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "examples": ["duloxetine", "sertraline", "lithium"] }, "class": { "type": "string", "title": "Drug class", "description": "The drug's class. Optional; when given it must match the drug (rule drug-class-mismatch). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "markdownDescription": "The drug's class. Optional; when given it must match the drug (rule `drug-class-mismatch`). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "examples": ["SNRI"], "enum": ["SSRI", "SNRI", "TCA", "MAOI", "atypical antidepressant", "serotonin modulator", "NMDA antagonist", "second-generation antipsychotic", "mood stabilizer", "anticonvulsant", "thyroid hormone", "stimulant", "dopamine agonist", "beta blocker", "anxiolytic", "other", "NDRI", "NaSSA", "SARI", "NRI", "TeCA", "RIMA", "SGA"], "enumDescriptions": ["Selective serotonin reuptake inhibitor: citalopram, escitalopram, fluoxetine, paroxetine, sertraline, fluvoxamine.", "Serotonin-norepinephrine reuptake inhibitor: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran.", "Tricyclic antidepressant: amitriptyline, nortriptyline, imipramine, desipramine, clomipramine, doxepin and others.", "Monoamine oxidase inhibitor: phenelzine, tranylcypromine, isocarboxazid, selegiline, moclobemide.", "Bupropion, mirtazapine, trazodone, nefazodone, agomelatine, tianeptine, reboxetine, mianserin.", "Vilazodone, vortioxetine (trazodone and nefazodone are accepted here too).", "Ketamine, esketamine, dextromethorphan-bupropion.", "Aripiprazole, brexpiprazole, cariprazine, quetiapine, olanzapine, olanzapine-fluoxetine, risperidone, lurasidone.", "Lithium.", "Lamotrigine, valproate, carbamazepine, topiramate.", "Liothyronine (T3), levothyroxine (T4).", "Methylphenidate, lisdexamfetamine, amphetamine, modafinil, armodafinil.", "Pramipexole, ropinirole.", "Pindolol.", "Buspirone.", "Anything else; never reported as a class mismatch.", "Norepinephrine-dopamine reuptake inhibitor (bupropion); a synonym of atypical antidepressant.", "Noradrenergic and specific serotonergic antidepressant (mirtazapine); a synonym of atypical antidepressant.", "Serotonin antagonist and reuptake inhibitor (trazodone, nefazodone).", "Norepinephrine reuptake inhibitor (reboxetine); a synonym of atypical antidepressant.", "Tetracyclic antidepressant (amoxapine, maprotiline, mianserin).", "Reversible inhibitor of monoamine oxidase A (moclobemide); a synonym of MAOI.", "Second-generation antipsychotic; a synonym of second-generation antipsychotic."] }, "role": { "type": "string", "title": "Role", "description": "How the drug was used.", "markdownDescription": "How the drug was used.", "examples": ["monotherapy"], "enum": ["monotherapy", "combination", "augmentation"], "enumDescriptions": ["The only antidepressant at the time.", "Given with another antidepressant.", "A non-antidepressant added to boost an antidepressant (e.g. lithium, an antipsychotic, T3)."] }, "dose": { "type": "string", "title": "Dose", "description": "The dose reached, e.g. 60 mg/day; a lithium level may be given in mEq/L. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The dose reached, e.g. `60 mg/day`; a lithium level may be given in `mEq/L`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["60 mg/day", "150 mg/day", "0.8 mEq/L"] }, "duration": { "type": "string", "title": "Duration", "description": "How long the drug was taken at that dose, e.g. 8 weeks. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the drug was taken at that dose, e.g. `8 weeks`. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["8 weeks", "6 months", "1 year"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the trial started (instead of period).", "markdownDescription": "The patient's age in years when the trial started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false };
var schema35 = { "type": "object", "title": "Procedure", "description": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "markdownDescription": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "required": ["procedure"], "examples": [{ "procedure": "ECT", "sessions": 12, "age": 46, "outcome": "response" }], "properties": { "procedure": { "type": "string", "title": "Procedure", "description": "Which procedure.", "markdownDescription": "Which procedure.", "examples": ["ECT"], "enum": ["ECT", "rTMS", "iTBS", "VNS", "DBS", "ablative neurosurgery", "ketamine infusion", "esketamine"], "enumDescriptions": ["Electroconvulsive therapy. A course usually has 6 to 12 sessions.", "Repetitive transcranial magnetic stimulation. A course usually has 20 to 30 sessions.", "Intermittent theta-burst stimulation, a short form of rTMS.", "Vagus nerve stimulation (implanted).", "Deep brain stimulation (implanted; investigational for depression).", "Cingulotomy, capsulotomy, subcaudate tractotomy or limbic leucotomy.", "A course of intravenous ketamine infusions.", "A course of intranasal esketamine."] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "markdownDescription": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the course lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the course lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["4 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years at the procedure (instead of period).", "markdownDescription": "The patient's age in years at the procedure (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false };
var schema36 = { "type": "object", "title": "Psychotherapy", "description": "A psychotherapy the patient had before the treatment the case is about.", "markdownDescription": "A psychotherapy the patient had before the treatment the case is about.", "required": ["therapy"], "examples": [{ "therapy": "cbt", "duration": "2 years", "outcome": "no response" }], "properties": { "therapy": { "type": "string", "title": "Therapy", "description": "The psychotherapy, as a framework id (cbt, psychodynamic, ipt, ...); unknown ids are reported by the framework-unknown rule.", "markdownDescription": "The psychotherapy, as a framework id (`cbt`, `psychodynamic`, `ipt`, ...); unknown ids are reported by the `framework-unknown` rule.", "examples": ["cbt", "psychodynamic", "ipt"] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the patient attended.", "markdownDescription": "How many sessions the patient attended.", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the therapy lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the therapy lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["2 years", "16 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the therapy started (instead of period).", "markdownDescription": "The patient's age in years when the therapy started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false };
var schema41 = { "type": "object", "title": "Reference", "description": "One cited work. Prose cites it as [@id].", "markdownDescription": "One cited work. Prose cites it as `[@id]`.", "required": ["id", "text"], "properties": { "id": { "type": "string", "title": "Reference id", "description": "The citation key used in prose ([@id]): letters, digits and _ : . -.", "markdownDescription": "The citation key used in prose (`[@id]`): letters, digits and `_ : . -`.", "pattern": "^[A-Za-z0-9_:.-]+$", "examples": ["star-d", "thase-1997"] }, "text": { "type": "string", "title": "Text", "description": "The full reference as printed.", "markdownDescription": "The full reference as printed.", "examples": ["Example A, Sample B. A study of examples. J Example Med. 2020;1(1):1-10."] }, "doi": { "type": "string", "title": "DOI", "description": "The work's DOI, 10.NNNN/... (checked by the doi-format rule).", "markdownDescription": "The work's DOI, `10.NNNN/...` (checked by the `doi-format` rule).", "examples": ["10.1000/example.2020.1"] }, "url": { "type": "string", "title": "URL", "description": "A link to the work.", "markdownDescription": "A link to the work.", "examples": ["https://example.org/paper"] }, "pmid": { "type": ["string", "integer"], "pattern": "^[0-9]+$", "minimum": 1, "title": "PMID", "description": "The PubMed id, digits only.", "markdownDescription": "The PubMed id, digits only.", "examples": ["12345678"] } }, "additionalProperties": false };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
var pattern7 = new RegExp("^[a-z0-9-]+$", "u");
var pattern8 = new RegExp("^90\\+$", "u");
var pattern9 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9_:.-]+$", "u");
var pattern13 = new RegExp("^[0-9]+$", "u");
var schema39 = { "type": "object", "title": "Administration", "description": "One dose given in a session.", "markdownDescription": "One dose given in a session.", "examples": [{ "drug": "ketamine", "route": "sublingual", "form": "lozenge", "dose": "100 mg" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The drug given.", "markdownDescription": "The drug given.", "examples": ["ketamine", "esketamine"] }, "route": { "type": "string", "title": "Route", "description": "How the dose was given. Ketamine ceilings depend on the route (rule ketamine-dose-range).", "markdownDescription": "How the dose was given. Ketamine ceilings depend on the route (rule `ketamine-dose-range`).", "examples": ["sublingual"], "enum": ["intravenous", "intramuscular", "intranasal", "oral", "sublingual", "rectal", "subcutaneous", "transdermal"], "enumDescriptions": ["Into a vein (IV).", "Into a muscle (IM).", "A nasal spray.", "Swallowed.", "Under the tongue (a lozenge or troche).", "Rectally.", "Under the skin (SC).", "Through the skin (a patch)."] }, "form": { "type": "string", "title": "Form", "description": "The dosage form, in free text.", "markdownDescription": "The dosage form, in free text.", "examples": ["lozenge", "troche", "nasal spray"] }, "dose": { "type": "string", "title": "Dose", "description": "The amount given, e.g. 100 mg or 0.5 mg/kg. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The amount given, e.g. `100 mg` or `0.5 mg/kg`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["100 mg", "0.5 mg/kg"] }, "after": { "type": "string", "title": "After", "description": "How long after the previous administration of the session this one was given. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long after the previous administration of the session this one was given. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["20 min"] } }, "additionalProperties": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "administrations" || key0 === "adverse_events" || key0 === "notes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.administrations !== void 0) {
      let data1 = data.administrations;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              if (!(key1 === "drug" || key1 === "route" || key1 === "form" || key1 === "dose" || key1 === "after")) {
                const err3 = { instancePath: instancePath + "/administrations/" + i0, schemaPath: "#/$defs/administration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.drug !== void 0) {
              if (typeof data2.drug !== "string") {
                const err4 = { instancePath: instancePath + "/administrations/" + i0 + "/drug", schemaPath: "#/$defs/administration/properties/drug/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.route !== void 0) {
              let data4 = data2.route;
              if (typeof data4 !== "string") {
                const err5 = { instancePath: instancePath + "/administrations/" + i0 + "/route", schemaPath: "#/$defs/administration/properties/route/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (!(data4 === "intravenous" || data4 === "intramuscular" || data4 === "intranasal" || data4 === "oral" || data4 === "sublingual" || data4 === "rectal" || data4 === "subcutaneous" || data4 === "transdermal")) {
                const err6 = { instancePath: instancePath + "/administrations/" + i0 + "/route", schemaPath: "#/$defs/administration/properties/route/enum", keyword: "enum", params: { allowedValues: schema39.properties.route.enum } };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.form !== void 0) {
              if (typeof data2.form !== "string") {
                const err7 = { instancePath: instancePath + "/administrations/" + i0 + "/form", schemaPath: "#/$defs/administration/properties/form/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.dose !== void 0) {
              if (typeof data2.dose !== "string") {
                const err8 = { instancePath: instancePath + "/administrations/" + i0 + "/dose", schemaPath: "#/$defs/administration/properties/dose/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.after !== void 0) {
              if (typeof data2.after !== "string") {
                const err9 = { instancePath: instancePath + "/administrations/" + i0 + "/after", schemaPath: "#/$defs/administration/properties/after/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/administrations/" + i0, schemaPath: "#/$defs/administration/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/administrations", schemaPath: "#/properties/administrations/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.adverse_events !== void 0) {
      if (typeof data.adverse_events !== "string") {
        const err12 = { instancePath: instancePath + "/adverse_events", schemaPath: "#/properties/adverse_events/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      if (typeof data.notes !== "string") {
        const err13 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "concurrent" || key0 === "preparation_sessions" || key0 === "sessions" || key0 === "integration_sessions" || key0 === "outcome")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err1 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.concurrent !== void 0) {
      let data1 = data.concurrent;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/concurrent/" + i0, schemaPath: "#/properties/concurrent/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/concurrent", schemaPath: "#/properties/concurrent/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.preparation_sessions !== void 0) {
      let data3 = data.preparation_sessions;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err4 = { instancePath: instancePath + "/preparation_sessions", schemaPath: "#/properties/preparation_sessions/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err5 = { instancePath: instancePath + "/preparation_sessions", schemaPath: "#/properties/preparation_sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.sessions !== void 0) {
      let data4 = data.sessions;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate22(data4[i1], { instancePath: instancePath + "/sessions/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/sessions", schemaPath: "#/properties/sessions/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.integration_sessions !== void 0) {
      let data6 = data.integration_sessions;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err7 = { instancePath: instancePath + "/integration_sessions", schemaPath: "#/properties/integration_sessions/type", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err8 = { instancePath: instancePath + "/integration_sessions", schemaPath: "#/properties/integration_sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.outcome !== void 0) {
      if (typeof data.outcome !== "string") {
        const err9 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("cross-talk" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.integrative_discussion === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "integrative_discussion" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("case-report" !== data.type) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.discussion === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "discussion" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.caselint === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caselint" } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" } };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.authors === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authors" } };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.abstract === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "abstract" } };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.patient === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "patient" } };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.diagnoses === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diagnoses" } };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.treatment_history === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "treatment_history" } };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.caselint !== void 0) {
      if (1 !== data.caselint) {
        const err17 = { instancePath: instancePath + "/caselint", schemaPath: "#/properties/caselint/const", keyword: "const", params: { allowedValue: 1 } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (typeof data3 !== "string") {
        const err18 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data3 === "cross-talk" || data3 === "case-report")) {
        const err19 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.type.enum } };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.subtitle !== void 0) {
      if (typeof data.subtitle !== "string") {
        const err21 = { instancePath: instancePath + "/subtitle", schemaPath: "#/properties/subtitle/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.journal !== void 0) {
      if (typeof data.journal !== "string") {
        const err22 = { instancePath: instancePath + "/journal", schemaPath: "#/properties/journal/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.doi !== void 0) {
      if (typeof data.doi !== "string") {
        const err23 = { instancePath: instancePath + "/doi", schemaPath: "#/properties/doi/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.dates !== void 0) {
      let data8 = data.dates;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "submitted" || key1 === "accepted" || key1 === "published")) {
            const err24 = { instancePath: instancePath + "/dates", schemaPath: "#/properties/dates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.submitted !== void 0) {
          let data9 = data8.submitted;
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err25 = { instancePath: instancePath + "/dates/submitted", schemaPath: "#/properties/dates/properties/submitted/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" } };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/dates/submitted", schemaPath: "#/properties/dates/properties/submitted/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.accepted !== void 0) {
          let data10 = data8.accepted;
          if (typeof data10 === "string") {
            if (!pattern4.test(data10)) {
              const err27 = { instancePath: instancePath + "/dates/accepted", schemaPath: "#/properties/dates/properties/accepted/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" } };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/dates/accepted", schemaPath: "#/properties/dates/properties/accepted/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data8.published !== void 0) {
          let data11 = data8.published;
          if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
              const err29 = { instancePath: instancePath + "/dates/published", schemaPath: "#/properties/dates/properties/published/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" } };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/dates/published", schemaPath: "#/properties/dates/properties/published/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/dates", schemaPath: "#/properties/dates/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.authors !== void 0) {
      let data12 = data.authors;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.id === void 0) {
              const err32 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/author/required", keyword: "required", params: { missingProperty: "id" } };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data13.name === void 0) {
              const err33 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/author/required", keyword: "required", params: { missingProperty: "name" } };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "id" || key2 === "name" || key2 === "degrees" || key2 === "affiliations" || key2 === "corresponding" || key2 === "email")) {
                const err34 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/author/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.id !== void 0) {
              let data14 = data13.id;
              if (typeof data14 === "string") {
                if (!pattern7.test(data14)) {
                  const err35 = { instancePath: instancePath + "/authors/" + i0 + "/id", schemaPath: "#/$defs/author/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" } };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/authors/" + i0 + "/id", schemaPath: "#/$defs/author/properties/id/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.name !== void 0) {
              if (typeof data13.name !== "string") {
                const err37 = { instancePath: instancePath + "/authors/" + i0 + "/name", schemaPath: "#/$defs/author/properties/name/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.degrees !== void 0) {
              let data16 = data13.degrees;
              if (Array.isArray(data16)) {
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data16[i1] !== "string") {
                    const err38 = { instancePath: instancePath + "/authors/" + i0 + "/degrees/" + i1, schemaPath: "#/$defs/author/properties/degrees/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/authors/" + i0 + "/degrees", schemaPath: "#/$defs/author/properties/degrees/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data13.affiliations !== void 0) {
              let data18 = data13.affiliations;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data18[i2] !== "string") {
                    const err40 = { instancePath: instancePath + "/authors/" + i0 + "/affiliations/" + i2, schemaPath: "#/$defs/author/properties/affiliations/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/authors/" + i0 + "/affiliations", schemaPath: "#/$defs/author/properties/affiliations/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data13.corresponding !== void 0) {
              if (typeof data13.corresponding !== "boolean") {
                const err42 = { instancePath: instancePath + "/authors/" + i0 + "/corresponding", schemaPath: "#/$defs/author/properties/corresponding/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data13.email !== void 0) {
              if (typeof data13.email !== "string") {
                const err43 = { instancePath: instancePath + "/authors/" + i0 + "/email", schemaPath: "#/$defs/author/properties/email/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/author/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.affiliations !== void 0) {
      let data22 = data.affiliations;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key3 in data22) {
          if (typeof data22[key3] !== "string") {
            const err46 = { instancePath: instancePath + "/affiliations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/affiliations/additionalProperties/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/affiliations", schemaPath: "#/properties/affiliations/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.abstract !== void 0) {
      if (typeof data.abstract !== "string") {
        const err48 = { instancePath: instancePath + "/abstract", schemaPath: "#/properties/abstract/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.keywords !== void 0) {
      let data25 = data.keywords;
      if (Array.isArray(data25)) {
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data25[i3] !== "string") {
            const err49 = { instancePath: instancePath + "/keywords/" + i3, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.introduction !== void 0) {
      if (typeof data.introduction !== "string") {
        const err51 = { instancePath: instancePath + "/introduction", schemaPath: "#/properties/introduction/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.patient !== void 0) {
      let data28 = data.patient;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key4 in data28) {
          if (!func1.call(schema31.properties.patient.properties, key4)) {
            const err52 = { instancePath: instancePath + "/patient", schemaPath: "#/properties/patient/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data28.alias !== void 0) {
          if (typeof data28.alias !== "string") {
            const err53 = { instancePath: instancePath + "/patient/alias", schemaPath: "#/properties/patient/properties/alias/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data28.alias_is_pseudonym !== void 0) {
          if (typeof data28.alias_is_pseudonym !== "boolean") {
            const err54 = { instancePath: instancePath + "/patient/alias_is_pseudonym", schemaPath: "#/properties/patient/properties/alias_is_pseudonym/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data28.age !== void 0) {
          let data31 = data28.age;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31)) && typeof data31 !== "string") {
            const err55 = { instancePath: instancePath + "/patient/age", schemaPath: "#/properties/patient/properties/age/type", keyword: "type", params: { type: schema31.properties.patient.properties.age.type } };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 150 || isNaN(data31)) {
              const err56 = { instancePath: instancePath + "/patient/age", schemaPath: "#/properties/patient/properties/age/maximum", keyword: "maximum", params: { comparison: "<=", limit: 150 } };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              const err57 = { instancePath: instancePath + "/patient/age", schemaPath: "#/properties/patient/properties/age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (typeof data31 === "string") {
            if (!pattern8.test(data31)) {
              const err58 = { instancePath: instancePath + "/patient/age", schemaPath: "#/properties/patient/properties/age/pattern", keyword: "pattern", params: { pattern: "^90\\+$" } };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data28.sex !== void 0) {
          let data32 = data28.sex;
          if (typeof data32 !== "string") {
            const err59 = { instancePath: instancePath + "/patient/sex", schemaPath: "#/properties/patient/properties/sex/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (!(data32 === "male" || data32 === "female" || data32 === "intersex" || data32 === "unknown")) {
            const err60 = { instancePath: instancePath + "/patient/sex", schemaPath: "#/properties/patient/properties/sex/enum", keyword: "enum", params: { allowedValues: schema31.properties.patient.properties.sex.enum } };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data28.gender !== void 0) {
          if (typeof data28.gender !== "string") {
            const err61 = { instancePath: instancePath + "/patient/gender", schemaPath: "#/properties/patient/properties/gender/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data28.occupation !== void 0) {
          if (typeof data28.occupation !== "string") {
            const err62 = { instancePath: instancePath + "/patient/occupation", schemaPath: "#/properties/patient/properties/occupation/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data28.weight !== void 0) {
          if (typeof data28.weight !== "string") {
            const err63 = { instancePath: instancePath + "/patient/weight", schemaPath: "#/properties/patient/properties/weight/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data28.presentation !== void 0) {
          if (typeof data28.presentation !== "string") {
            const err64 = { instancePath: instancePath + "/patient/presentation", schemaPath: "#/properties/patient/properties/presentation/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data28.history !== void 0) {
          if (typeof data28.history !== "string") {
            const err65 = { instancePath: instancePath + "/patient/history", schemaPath: "#/properties/patient/properties/history/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data28.psychosocial_history !== void 0) {
          if (typeof data28.psychosocial_history !== "string") {
            const err66 = { instancePath: instancePath + "/patient/psychosocial_history", schemaPath: "#/properties/patient/properties/psychosocial_history/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/patient", schemaPath: "#/properties/patient/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.diagnoses !== void 0) {
      let data39 = data.diagnoses;
      if (Array.isArray(data39)) {
        const len4 = data39.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data40 = data39[i4];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.name === void 0) {
              const err68 = { instancePath: instancePath + "/diagnoses/" + i4, schemaPath: "#/$defs/diagnosis/required", keyword: "required", params: { missingProperty: "name" } };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            for (const key5 in data40) {
              if (!(key5 === "name" || key5 === "code" || key5 === "status" || key5 === "onset_age" || key5 === "treatment_resistant")) {
                const err69 = { instancePath: instancePath + "/diagnoses/" + i4, schemaPath: "#/$defs/diagnosis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data40.name !== void 0) {
              if (typeof data40.name !== "string") {
                const err70 = { instancePath: instancePath + "/diagnoses/" + i4 + "/name", schemaPath: "#/$defs/diagnosis/properties/name/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data40.code !== void 0) {
              if (typeof data40.code !== "string") {
                const err71 = { instancePath: instancePath + "/diagnoses/" + i4 + "/code", schemaPath: "#/$defs/diagnosis/properties/code/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data40.status !== void 0) {
              let data43 = data40.status;
              if (typeof data43 !== "string") {
                const err72 = { instancePath: instancePath + "/diagnoses/" + i4 + "/status", schemaPath: "#/$defs/diagnosis/properties/status/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (!(data43 === "confirmed" || data43 === "suspected" || data43 === "ruled-out")) {
                const err73 = { instancePath: instancePath + "/diagnoses/" + i4 + "/status", schemaPath: "#/$defs/diagnosis/properties/status/enum", keyword: "enum", params: { allowedValues: schema33.properties.status.enum } };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data40.onset_age !== void 0) {
              let data44 = data40.onset_age;
              if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                const err74 = { instancePath: instancePath + "/diagnoses/" + i4 + "/onset_age", schemaPath: "#/$defs/diagnosis/properties/onset_age/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 > 150 || isNaN(data44)) {
                  const err75 = { instancePath: instancePath + "/diagnoses/" + i4 + "/onset_age", schemaPath: "#/$defs/diagnosis/properties/onset_age/maximum", keyword: "maximum", params: { comparison: "<=", limit: 150 } };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (data44 < 0 || isNaN(data44)) {
                  const err76 = { instancePath: instancePath + "/diagnoses/" + i4 + "/onset_age", schemaPath: "#/$defs/diagnosis/properties/onset_age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
            }
            if (data40.treatment_resistant !== void 0) {
              if (typeof data40.treatment_resistant !== "boolean") {
                const err77 = { instancePath: instancePath + "/diagnoses/" + i4 + "/treatment_resistant", schemaPath: "#/$defs/diagnosis/properties/treatment_resistant/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/diagnoses/" + i4, schemaPath: "#/$defs/diagnosis/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/diagnoses", schemaPath: "#/properties/diagnoses/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.treatment_history !== void 0) {
      let data46 = data.treatment_history;
      if (Array.isArray(data46)) {
        const len5 = data46.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data47 = data46[i5];
          const _errs158 = errors;
          let valid25 = false;
          let passing0 = null;
          const _errs159 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.drug === void 0) {
              const err80 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/drugTrial/required", keyword: "required", params: { missingProperty: "drug" } };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key6 in data47) {
              if (!func1.call(schema34.properties, key6)) {
                const err81 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/drugTrial/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 } };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data47.drug !== void 0) {
              if (typeof data47.drug !== "string") {
                const err82 = { instancePath: instancePath + "/treatment_history/" + i5 + "/drug", schemaPath: "#/$defs/drugTrial/properties/drug/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data47.class !== void 0) {
              let data49 = data47.class;
              if (typeof data49 !== "string") {
                const err83 = { instancePath: instancePath + "/treatment_history/" + i5 + "/class", schemaPath: "#/$defs/drugTrial/properties/class/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              if (!(data49 === "SSRI" || data49 === "SNRI" || data49 === "TCA" || data49 === "MAOI" || data49 === "atypical antidepressant" || data49 === "serotonin modulator" || data49 === "NMDA antagonist" || data49 === "second-generation antipsychotic" || data49 === "mood stabilizer" || data49 === "anticonvulsant" || data49 === "thyroid hormone" || data49 === "stimulant" || data49 === "dopamine agonist" || data49 === "beta blocker" || data49 === "anxiolytic" || data49 === "other" || data49 === "NDRI" || data49 === "NaSSA" || data49 === "SARI" || data49 === "NRI" || data49 === "TeCA" || data49 === "RIMA" || data49 === "SGA")) {
                const err84 = { instancePath: instancePath + "/treatment_history/" + i5 + "/class", schemaPath: "#/$defs/drugTrial/properties/class/enum", keyword: "enum", params: { allowedValues: schema34.properties.class.enum } };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data47.role !== void 0) {
              let data50 = data47.role;
              if (typeof data50 !== "string") {
                const err85 = { instancePath: instancePath + "/treatment_history/" + i5 + "/role", schemaPath: "#/$defs/drugTrial/properties/role/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (!(data50 === "monotherapy" || data50 === "combination" || data50 === "augmentation")) {
                const err86 = { instancePath: instancePath + "/treatment_history/" + i5 + "/role", schemaPath: "#/$defs/drugTrial/properties/role/enum", keyword: "enum", params: { allowedValues: schema34.properties.role.enum } };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data47.dose !== void 0) {
              if (typeof data47.dose !== "string") {
                const err87 = { instancePath: instancePath + "/treatment_history/" + i5 + "/dose", schemaPath: "#/$defs/drugTrial/properties/dose/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data47.duration !== void 0) {
              if (typeof data47.duration !== "string") {
                const err88 = { instancePath: instancePath + "/treatment_history/" + i5 + "/duration", schemaPath: "#/$defs/drugTrial/properties/duration/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data47.period !== void 0) {
              let data53 = data47.period;
              if (typeof data53 === "string") {
                if (!pattern9.test(data53)) {
                  const err89 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/drugTrial/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" } };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/drugTrial/properties/period/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data47.age !== void 0) {
              let data54 = data47.age;
              if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                const err91 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/drugTrial/properties/age/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              if (typeof data54 == "number" && isFinite(data54)) {
                if (data54 > 150 || isNaN(data54)) {
                  const err92 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/drugTrial/properties/age/maximum", keyword: "maximum", params: { comparison: "<=", limit: 150 } };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data54 < 0 || isNaN(data54)) {
                  const err93 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/drugTrial/properties/age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
            if (data47.outcome !== void 0) {
              let data55 = data47.outcome;
              if (typeof data55 !== "string") {
                const err94 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/drugTrial/properties/outcome/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (!(data55 === "remission" || data55 === "response" || data55 === "partial response" || data55 === "no response" || data55 === "not tolerated" || data55 === "unknown")) {
                const err95 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/drugTrial/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema34.properties.outcome.enum } };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data47.stopped_because !== void 0) {
              if (typeof data47.stopped_because !== "string") {
                const err96 = { instancePath: instancePath + "/treatment_history/" + i5 + "/stopped_because", schemaPath: "#/$defs/drugTrial/properties/stopped_because/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/drugTrial/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          var _valid2 = _errs159 === errors;
          if (_valid2) {
            valid25 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs194 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.procedure === void 0) {
              const err98 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/procedure/required", keyword: "required", params: { missingProperty: "procedure" } };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            for (const key7 in data47) {
              if (!(key7 === "procedure" || key7 === "sessions" || key7 === "duration" || key7 === "period" || key7 === "age" || key7 === "outcome" || key7 === "stopped_because")) {
                const err99 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/procedure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 } };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data47.procedure !== void 0) {
              let data57 = data47.procedure;
              if (typeof data57 !== "string") {
                const err100 = { instancePath: instancePath + "/treatment_history/" + i5 + "/procedure", schemaPath: "#/$defs/procedure/properties/procedure/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              if (!(data57 === "ECT" || data57 === "rTMS" || data57 === "iTBS" || data57 === "VNS" || data57 === "DBS" || data57 === "ablative neurosurgery" || data57 === "ketamine infusion" || data57 === "esketamine")) {
                const err101 = { instancePath: instancePath + "/treatment_history/" + i5 + "/procedure", schemaPath: "#/$defs/procedure/properties/procedure/enum", keyword: "enum", params: { allowedValues: schema35.properties.procedure.enum } };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data47.sessions !== void 0) {
              let data58 = data47.sessions;
              if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                const err102 = { instancePath: instancePath + "/treatment_history/" + i5 + "/sessions", schemaPath: "#/$defs/procedure/properties/sessions/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (typeof data58 == "number" && isFinite(data58)) {
                if (data58 < 0 || isNaN(data58)) {
                  const err103 = { instancePath: instancePath + "/treatment_history/" + i5 + "/sessions", schemaPath: "#/$defs/procedure/properties/sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            }
            if (data47.duration !== void 0) {
              if (typeof data47.duration !== "string") {
                const err104 = { instancePath: instancePath + "/treatment_history/" + i5 + "/duration", schemaPath: "#/$defs/procedure/properties/duration/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data47.period !== void 0) {
              let data60 = data47.period;
              if (typeof data60 === "string") {
                if (!pattern9.test(data60)) {
                  const err105 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/procedure/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" } };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/procedure/properties/period/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data47.age !== void 0) {
              let data61 = data47.age;
              if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
                const err107 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/procedure/properties/age/type", keyword: "type", params: { type: "integer" } };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (typeof data61 == "number" && isFinite(data61)) {
                if (data61 > 150 || isNaN(data61)) {
                  const err108 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/procedure/properties/age/maximum", keyword: "maximum", params: { comparison: "<=", limit: 150 } };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data61 < 0 || isNaN(data61)) {
                  const err109 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/procedure/properties/age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            }
            if (data47.outcome !== void 0) {
              let data62 = data47.outcome;
              if (typeof data62 !== "string") {
                const err110 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/procedure/properties/outcome/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (!(data62 === "remission" || data62 === "response" || data62 === "partial response" || data62 === "no response" || data62 === "not tolerated" || data62 === "unknown")) {
                const err111 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/procedure/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema35.properties.outcome.enum } };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data47.stopped_because !== void 0) {
              if (typeof data47.stopped_because !== "string") {
                const err112 = { instancePath: instancePath + "/treatment_history/" + i5 + "/stopped_because", schemaPath: "#/$defs/procedure/properties/stopped_because/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
          } else {
            const err113 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/procedure/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
          var _valid2 = _errs194 === errors;
          if (_valid2 && valid25) {
            valid25 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid2) {
              valid25 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs222 = errors;
            if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
              if (data47.therapy === void 0) {
                const err114 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/therapy/required", keyword: "required", params: { missingProperty: "therapy" } };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              for (const key8 in data47) {
                if (!(key8 === "therapy" || key8 === "sessions" || key8 === "duration" || key8 === "period" || key8 === "age" || key8 === "outcome" || key8 === "stopped_because")) {
                  const err115 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/therapy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 } };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
              if (data47.therapy !== void 0) {
                if (typeof data47.therapy !== "string") {
                  const err116 = { instancePath: instancePath + "/treatment_history/" + i5 + "/therapy", schemaPath: "#/$defs/therapy/properties/therapy/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data47.sessions !== void 0) {
                let data65 = data47.sessions;
                if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                  const err117 = { instancePath: instancePath + "/treatment_history/" + i5 + "/sessions", schemaPath: "#/$defs/therapy/properties/sessions/type", keyword: "type", params: { type: "integer" } };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                if (typeof data65 == "number" && isFinite(data65)) {
                  if (data65 < 0 || isNaN(data65)) {
                    const err118 = { instancePath: instancePath + "/treatment_history/" + i5 + "/sessions", schemaPath: "#/$defs/therapy/properties/sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
              }
              if (data47.duration !== void 0) {
                if (typeof data47.duration !== "string") {
                  const err119 = { instancePath: instancePath + "/treatment_history/" + i5 + "/duration", schemaPath: "#/$defs/therapy/properties/duration/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              if (data47.period !== void 0) {
                let data67 = data47.period;
                if (typeof data67 === "string") {
                  if (!pattern9.test(data67)) {
                    const err120 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/therapy/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" } };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                } else {
                  const err121 = { instancePath: instancePath + "/treatment_history/" + i5 + "/period", schemaPath: "#/$defs/therapy/properties/period/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
              if (data47.age !== void 0) {
                let data68 = data47.age;
                if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68))) {
                  const err122 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/therapy/properties/age/type", keyword: "type", params: { type: "integer" } };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (typeof data68 == "number" && isFinite(data68)) {
                  if (data68 > 150 || isNaN(data68)) {
                    const err123 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/therapy/properties/age/maximum", keyword: "maximum", params: { comparison: "<=", limit: 150 } };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                  if (data68 < 0 || isNaN(data68)) {
                    const err124 = { instancePath: instancePath + "/treatment_history/" + i5 + "/age", schemaPath: "#/$defs/therapy/properties/age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              }
              if (data47.outcome !== void 0) {
                let data69 = data47.outcome;
                if (typeof data69 !== "string") {
                  const err125 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/therapy/properties/outcome/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
                if (!(data69 === "remission" || data69 === "response" || data69 === "partial response" || data69 === "no response" || data69 === "not tolerated" || data69 === "unknown")) {
                  const err126 = { instancePath: instancePath + "/treatment_history/" + i5 + "/outcome", schemaPath: "#/$defs/therapy/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema36.properties.outcome.enum } };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              if (data47.stopped_because !== void 0) {
                if (typeof data47.stopped_because !== "string") {
                  const err127 = { instancePath: instancePath + "/treatment_history/" + i5 + "/stopped_because", schemaPath: "#/$defs/therapy/properties/stopped_because/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              }
            } else {
              const err128 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/$defs/therapy/type", keyword: "type", params: { type: "object" } };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            var _valid2 = _errs222 === errors;
            if (_valid2 && valid25) {
              valid25 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid2) {
                valid25 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
            }
          }
          if (!valid25) {
            const err129 = { instancePath: instancePath + "/treatment_history/" + i5, schemaPath: "#/properties/treatment_history/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          } else {
            errors = _errs158;
            if (vErrors !== null) {
              if (_errs158) {
                vErrors.length = _errs158;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/treatment_history", schemaPath: "#/properties/treatment_history/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data.interventions !== void 0) {
      let data71 = data.interventions;
      if (Array.isArray(data71)) {
        const len6 = data71.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate21(data71[i6], { instancePath: instancePath + "/interventions/" + i6, parentData: data71, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err131 = { instancePath: instancePath + "/interventions", schemaPath: "#/properties/interventions/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
    if (data.course !== void 0) {
      if (typeof data.course !== "string") {
        const err132 = { instancePath: instancePath + "/course", schemaPath: "#/properties/course/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
    }
    if (data.perspectives !== void 0) {
      let data74 = data.perspectives;
      if (Array.isArray(data74)) {
        const len7 = data74.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data75 = data74[i7];
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (const key9 in data75) {
              if (!(key9 === "label" || key9 === "framework" || key9 === "author" || key9 === "body")) {
                const err133 = { instancePath: instancePath + "/perspectives/" + i7, schemaPath: "#/$defs/perspective/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 } };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data75.label !== void 0) {
              if (typeof data75.label !== "string") {
                const err134 = { instancePath: instancePath + "/perspectives/" + i7 + "/label", schemaPath: "#/$defs/perspective/properties/label/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data75.framework !== void 0) {
              if (typeof data75.framework !== "string") {
                const err135 = { instancePath: instancePath + "/perspectives/" + i7 + "/framework", schemaPath: "#/$defs/perspective/properties/framework/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data75.author !== void 0) {
              if (typeof data75.author !== "string") {
                const err136 = { instancePath: instancePath + "/perspectives/" + i7 + "/author", schemaPath: "#/$defs/perspective/properties/author/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data75.body !== void 0) {
              if (typeof data75.body !== "string") {
                const err137 = { instancePath: instancePath + "/perspectives/" + i7 + "/body", schemaPath: "#/$defs/perspective/properties/body/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/perspectives/" + i7, schemaPath: "#/$defs/perspective/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
      } else {
        const err139 = { instancePath: instancePath + "/perspectives", schemaPath: "#/properties/perspectives/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err139];
        } else {
          vErrors.push(err139);
        }
        errors++;
      }
    }
    if (data.integrative_discussion !== void 0) {
      let data80 = data.integrative_discussion;
      if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
        for (const key10 in data80) {
          if (!(key10 === "author" || key10 === "body")) {
            const err140 = { instancePath: instancePath + "/integrative_discussion", schemaPath: "#/properties/integrative_discussion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 } };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
        if (data80.author !== void 0) {
          if (typeof data80.author !== "string") {
            const err141 = { instancePath: instancePath + "/integrative_discussion/author", schemaPath: "#/properties/integrative_discussion/properties/author/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data80.body !== void 0) {
          if (typeof data80.body !== "string") {
            const err142 = { instancePath: instancePath + "/integrative_discussion/body", schemaPath: "#/properties/integrative_discussion/properties/body/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/integrative_discussion", schemaPath: "#/properties/integrative_discussion/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data.discussion !== void 0) {
      if (typeof data.discussion !== "string") {
        const err144 = { instancePath: instancePath + "/discussion", schemaPath: "#/properties/discussion/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data.patient_perspective !== void 0) {
      if (typeof data.patient_perspective !== "string") {
        const err145 = { instancePath: instancePath + "/patient_perspective", schemaPath: "#/properties/patient_perspective/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.clinical_points !== void 0) {
      let data85 = data.clinical_points;
      if (Array.isArray(data85)) {
        const len8 = data85.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data85[i8] !== "string") {
            const err146 = { instancePath: instancePath + "/clinical_points/" + i8, schemaPath: "#/properties/clinical_points/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
      } else {
        const err147 = { instancePath: instancePath + "/clinical_points", schemaPath: "#/properties/clinical_points/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.disclosures !== void 0) {
      let data87 = data.disclosures;
      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
        for (const key11 in data87) {
          if (!(key11 === "financial_relationships" || key11 === "funding" || key11 === "role_of_sponsor")) {
            const err148 = { instancePath: instancePath + "/disclosures", schemaPath: "#/properties/disclosures/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 } };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data87.financial_relationships !== void 0) {
          if (typeof data87.financial_relationships !== "string") {
            const err149 = { instancePath: instancePath + "/disclosures/financial_relationships", schemaPath: "#/properties/disclosures/properties/financial_relationships/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data87.funding !== void 0) {
          if (typeof data87.funding !== "string") {
            const err150 = { instancePath: instancePath + "/disclosures/funding", schemaPath: "#/properties/disclosures/properties/funding/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data87.role_of_sponsor !== void 0) {
          if (typeof data87.role_of_sponsor !== "string") {
            const err151 = { instancePath: instancePath + "/disclosures/role_of_sponsor", schemaPath: "#/properties/disclosures/properties/role_of_sponsor/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
      } else {
        const err152 = { instancePath: instancePath + "/disclosures", schemaPath: "#/properties/disclosures/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.deidentification !== void 0) {
      let data91 = data.deidentification;
      if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
        for (const key12 in data91) {
          if (!(key12 === "statement" || key12 === "consent")) {
            const err153 = { instancePath: instancePath + "/deidentification", schemaPath: "#/properties/deidentification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 } };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data91.statement !== void 0) {
          if (typeof data91.statement !== "string") {
            const err154 = { instancePath: instancePath + "/deidentification/statement", schemaPath: "#/properties/deidentification/properties/statement/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data91.consent !== void 0) {
          let data93 = data91.consent;
          if (typeof data93 !== "string") {
            const err155 = { instancePath: instancePath + "/deidentification/consent", schemaPath: "#/properties/deidentification/properties/consent/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
          if (!(data93 === "obtained" || data93 === "waived" || data93 === "not-required")) {
            const err156 = { instancePath: instancePath + "/deidentification/consent", schemaPath: "#/properties/deidentification/properties/consent/enum", keyword: "enum", params: { allowedValues: schema31.properties.deidentification.properties.consent.enum } };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = { instancePath: instancePath + "/deidentification", schemaPath: "#/properties/deidentification/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data94 = data.references;
      if (Array.isArray(data94)) {
        const len9 = data94.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data95 = data94[i9];
          if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
            if (data95.id === void 0) {
              const err158 = { instancePath: instancePath + "/references/" + i9, schemaPath: "#/$defs/reference/required", keyword: "required", params: { missingProperty: "id" } };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data95.text === void 0) {
              const err159 = { instancePath: instancePath + "/references/" + i9, schemaPath: "#/$defs/reference/required", keyword: "required", params: { missingProperty: "text" } };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            for (const key13 in data95) {
              if (!(key13 === "id" || key13 === "text" || key13 === "doi" || key13 === "url" || key13 === "pmid")) {
                const err160 = { instancePath: instancePath + "/references/" + i9, schemaPath: "#/$defs/reference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 } };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data95.id !== void 0) {
              let data96 = data95.id;
              if (typeof data96 === "string") {
                if (!pattern12.test(data96)) {
                  const err161 = { instancePath: instancePath + "/references/" + i9 + "/id", schemaPath: "#/$defs/reference/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_:.-]+$" } };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = { instancePath: instancePath + "/references/" + i9 + "/id", schemaPath: "#/$defs/reference/properties/id/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data95.text !== void 0) {
              if (typeof data95.text !== "string") {
                const err163 = { instancePath: instancePath + "/references/" + i9 + "/text", schemaPath: "#/$defs/reference/properties/text/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data95.doi !== void 0) {
              if (typeof data95.doi !== "string") {
                const err164 = { instancePath: instancePath + "/references/" + i9 + "/doi", schemaPath: "#/$defs/reference/properties/doi/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data95.url !== void 0) {
              if (typeof data95.url !== "string") {
                const err165 = { instancePath: instancePath + "/references/" + i9 + "/url", schemaPath: "#/$defs/reference/properties/url/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data95.pmid !== void 0) {
              let data100 = data95.pmid;
              if (typeof data100 !== "string" && !(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)) && isFinite(data100))) {
                const err166 = { instancePath: instancePath + "/references/" + i9 + "/pmid", schemaPath: "#/$defs/reference/properties/pmid/type", keyword: "type", params: { type: schema41.properties.pmid.type } };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
              if (typeof data100 == "number" && isFinite(data100)) {
                if (data100 < 1 || isNaN(data100)) {
                  const err167 = { instancePath: instancePath + "/references/" + i9 + "/pmid", schemaPath: "#/$defs/reference/properties/pmid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
              if (typeof data100 === "string") {
                if (!pattern13.test(data100)) {
                  const err168 = { instancePath: instancePath + "/references/" + i9 + "/pmid", schemaPath: "#/$defs/reference/properties/pmid/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" } };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/references/" + i9, schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      } else {
        const err170 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
    }
  } else {
    const err171 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err171];
    } else {
      vErrors.push(err171);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// server/src/schema/generated/configValidator.ts
var validate2 = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://caselint.example.org/schemas/caselintrc.schema.json", "title": "caselint configuration", "description": "The caselint configuration file (.caselintrc.yaml, .caselintrc.yml or .caselintrc.json). The nearest one at or above a case file applies to it.", "markdownDescription": "The caselint configuration file (`.caselintrc.yaml`, `.caselintrc.yml` or `.caselintrc.json`). The nearest one at or above a case file applies to it.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "title": "Schema", "description": "The JSON Schema this file follows (for editors).", "markdownDescription": "The JSON Schema this file follows (for editors).", "examples": ["https://caselint.example.org/schemas/caselintrc.schema.json"] }, "rules": { "type": "object", "title": "Rules", "description": "Severity per rule id: off, error, warning, info or hint. Unknown rule ids are errors.", "markdownDescription": "Severity per rule id: `off`, `error`, `warning`, `info` or `hint`. Unknown rule ids are errors.", "examples": [{ "reference-order": "off", "trial-duration-inadequate": "error" }], "additionalProperties": false, "properties": { "affiliation-undefined": { "$ref": "#/$defs/severity", "title": "affiliation-undefined", "description": "Authors name affiliations that affiliations lists. Default: error.", "markdownDescription": "Authors name affiliations that `affiliations` lists.\n\nDefault: **error**. [Documentation](docs/rules/affiliation-undefined.md)" }, "augmentation-without-antidepressant": { "$ref": "#/$defs/severity", "title": "augmentation-without-antidepressant", "description": "An augmentation agent goes with an antidepressant trial. Default: info.", "markdownDescription": "An augmentation agent goes with an antidepressant trial.\n\nDefault: **info**. [Documentation](docs/rules/augmentation-without-antidepressant.md)" }, "author-undefined": { "$ref": "#/$defs/severity", "title": "author-undefined", "description": "Perspectives and the integrative discussion name authors that authors lists. Default: error.", "markdownDescription": "Perspectives and the integrative discussion name authors that `authors` lists.\n\nDefault: **error**. [Documentation](docs/rules/author-undefined.md)" }, "citation-undefined": { "$ref": "#/$defs/severity", "title": "citation-undefined", "description": "Each [@key] names a reference. Default: error.", "markdownDescription": "Each `[@key]` names a reference.\n\nDefault: **error**. [Documentation](docs/rules/citation-undefined.md)" }, "consent-missing": { "$ref": "#/$defs/severity", "title": "consent-missing", "description": "The document says whether the patient consented. Default: warning.", "markdownDescription": "The document says whether the patient consented.\n\nDefault: **warning**. [Documentation](docs/rules/consent-missing.md)" }, "corresponding-author": { "$ref": "#/$defs/severity", "title": "corresponding-author", "description": "Exactly one author is the corresponding author. Default: warning.", "markdownDescription": "Exactly one author is the corresponding author.\n\nDefault: **warning**. [Documentation](docs/rules/corresponding-author.md)" }, "dates-order": { "$ref": "#/$defs/severity", "title": "dates-order", "description": "Editorial dates run submitted, accepted, published, and no period ends before it starts. Default: warning.", "markdownDescription": "Editorial dates run submitted, accepted, published, and no `period` ends before it starts.\n\nDefault: **warning**. [Documentation](docs/rules/dates-order.md)" }, "deidentification-missing": { "$ref": "#/$defs/severity", "title": "deidentification-missing", "description": "The document carries a de-identification statement. Default: error.", "markdownDescription": "The document carries a de-identification statement.\n\nDefault: **error**. [Documentation](docs/rules/deidentification-missing.md)" }, "doi-format": { "$ref": "#/$defs/severity", "title": "doi-format", "description": "A doi looks like 10.<4-9 digits>/<suffix>. Default: warning.", "markdownDescription": "A `doi` looks like `10.<4-9 digits>/<suffix>`.\n\nDefault: **warning**. [Documentation](docs/rules/doi-format.md)" }, "drug-class-mismatch": { "$ref": "#/$defs/severity", "title": "drug-class-mismatch", "description": "A stated class is the drug's class. Default: warning.", "markdownDescription": "A stated `class` is the drug's class.\n\nDefault: **warning**. [Documentation](docs/rules/drug-class-mismatch.md)" }, "drug-unknown": { "$ref": "#/$defs/severity", "title": "drug-unknown", "description": "Each drug is in the knowledge base (or added under drugs here). Default: warning.", "markdownDescription": "Each `drug` is in the knowledge base (or added under `drugs` here).\n\nDefault: **warning**. [Documentation](docs/rules/drug-unknown.md)" }, "framework-unknown": { "$ref": "#/$defs/severity", "title": "framework-unknown", "description": "Framework ids (and therapy values) are known (or added under frameworks here). Default: warning.", "markdownDescription": "Framework ids (and `therapy` values) are known (or added under `frameworks` here).\n\nDefault: **warning**. [Documentation](docs/rules/framework-unknown.md)" }, "ketamine-dose-range": { "$ref": "#/$defs/severity", "title": "ketamine-dose-range", "description": "Each ketamine or esketamine administration stays under the ceiling for its route (see ketamine.ceilings). Default: warning.", "markdownDescription": "Each ketamine or esketamine administration stays under the ceiling for its route (see `ketamine.ceilings`).\n\nDefault: **warning**. [Documentation](docs/rules/ketamine-dose-range.md)" }, "perspective-duplicate": { "$ref": "#/$defs/severity", "title": "perspective-duplicate", "description": "No two perspectives share a framework and an author. Default: warning.", "markdownDescription": "No two perspectives share a framework and an author.\n\nDefault: **warning**. [Documentation](docs/rules/perspective-duplicate.md)" }, "perspective-label-mismatch": { "$ref": "#/$defs/severity", "title": "perspective-label-mismatch", "description": "A perspective's label names the framework it declares. Default: info.", "markdownDescription": "A perspective's label names the framework it declares.\n\nDefault: **info**. [Documentation](docs/rules/perspective-label-mismatch.md)" }, "perspective-unattributed": { "$ref": "#/$defs/severity", "title": "perspective-unattributed", "description": "Each perspective names its author. Default: error.", "markdownDescription": "Each perspective names its author.\n\nDefault: **error**. [Documentation](docs/rules/perspective-unattributed.md)" }, "perspective-unlabeled": { "$ref": "#/$defs/severity", "title": "perspective-unlabeled", "description": "Each perspective has a label and a framework. Default: error.", "markdownDescription": "Each perspective has a label and a framework.\n\nDefault: **error**. [Documentation](docs/rules/perspective-unlabeled.md)" }, "perspectives-too-few": { "$ref": "#/$defs/severity", "title": "perspectives-too-few", "description": "A cross-talk article has at least 2 perspectives. Default: error.", "markdownDescription": "A `cross-talk` article has at least 2 perspectives.\n\nDefault: **error**. [Documentation](docs/rules/perspectives-too-few.md)" }, "phi-age": { "$ref": "#/$defs/severity", "title": "phi-age", "description": "Ages over 89 are written 90+. Default: warning.", "markdownDescription": "Ages over 89 are written `90+`.\n\nDefault: **warning**. [Documentation](docs/rules/phi-age.md)" }, "phi-contact": { "$ref": "#/$defs/severity", "title": "phi-contact", "description": "Patient-facing prose holds no phone or fax numbers, email addresses, URLs or IP addresses. Default: error.", "markdownDescription": "Patient-facing prose holds no phone or fax numbers, email addresses, URLs or IP addresses.\n\nDefault: **error**. [Documentation](docs/rules/phi-contact.md)" }, "phi-date": { "$ref": "#/$defs/severity", "title": "phi-date", "description": "Patient-facing prose holds no full dates. Default: warning.", "markdownDescription": "Patient-facing prose holds no full dates.\n\nDefault: **warning**. [Documentation](docs/rules/phi-date.md)" }, "phi-identifier": { "$ref": "#/$defs/severity", "title": "phi-identifier", "description": "Patient-facing prose holds no SSNs, record, health plan or account numbers. Default: error.", "markdownDescription": "Patient-facing prose holds no SSNs, record, health plan or account numbers.\n\nDefault: **error**. [Documentation](docs/rules/phi-identifier.md)" }, "phi-location": { "$ref": "#/$defs/severity", "title": "phi-location", "description": "Patient-facing prose holds no street addresses or ZIP codes. Default: warning.", "markdownDescription": "Patient-facing prose holds no street addresses or ZIP codes.\n\nDefault: **warning**. [Documentation](docs/rules/phi-location.md)" }, "phi-name": { "$ref": "#/$defs/severity", "title": "phi-name", "description": "Patient-facing prose holds no personal names with titles, and the alias is a pseudonym. Default: warning.", "markdownDescription": "Patient-facing prose holds no personal names with titles, and the alias is a pseudonym.\n\nDefault: **warning**. [Documentation](docs/rules/phi-name.md)" }, "procedure-course-short": { "$ref": "#/$defs/severity", "title": "procedure-course-short", "description": "ECT and rTMS courses are long enough to judge. Default: info.", "markdownDescription": "ECT and rTMS courses are long enough to judge.\n\nDefault: **info**. [Documentation](docs/rules/procedure-course-short.md)" }, "quantity-format": { "$ref": "#/$defs/severity", "title": "quantity-format", "description": "Doses, durations and delays are written <number> <unit> with an accepted unit. Default: error.", "markdownDescription": "Doses, durations and delays are written `<number> <unit>` with an accepted unit.\n\nDefault: **error**. [Documentation](docs/rules/quantity-format.md)" }, "reference-duplicate": { "$ref": "#/$defs/severity", "title": "reference-duplicate", "description": "Reference ids are unique. Default: error.", "markdownDescription": "Reference ids are unique.\n\nDefault: **error**. [Documentation](docs/rules/reference-duplicate.md)" }, "reference-order": { "$ref": "#/$defs/severity", "title": "reference-order", "description": "References are listed in order of first citation. Default: hint.", "markdownDescription": "References are listed in order of first citation.\n\nDefault: **hint**. [Documentation](docs/rules/reference-order.md)" }, "reference-unused": { "$ref": "#/$defs/severity", "title": "reference-unused", "description": "Each reference is cited. Default: warning.", "markdownDescription": "Each reference is cited.\n\nDefault: **warning**. [Documentation](docs/rules/reference-unused.md)" }, "schema": { "$ref": "#/$defs/severity", "title": "schema", "description": "The document follows the case-report schema: required keys, types, allowed values, no unknown keys. Default: error.", "markdownDescription": "The document follows the case-report schema: required keys, types, allowed values, no unknown keys.\n\nDefault: **error**. [Documentation](docs/rules/schema.md)" }, "trd-criteria-unmet": { "$ref": "#/$defs/severity", "title": "trd-criteria-unmet", "description": "A treatment-resistance claim is backed by at least 2 adequate antidepressant trials. Default: warning.", "markdownDescription": "A treatment-resistance claim is backed by at least 2 adequate antidepressant trials.\n\nDefault: **warning**. [Documentation](docs/rules/trd-criteria-unmet.md)" }, "trial-dose-above-max": { "$ref": "#/$defs/severity", "title": "trial-dose-above-max", "description": "Daily doses stay within the drug's usual maximum. Default: warning.", "markdownDescription": "Daily doses stay within the drug's usual maximum.\n\nDefault: **warning**. [Documentation](docs/rules/trial-dose-above-max.md)" }, "trial-dose-inadequate": { "$ref": "#/$defs/severity", "title": "trial-dose-inadequate", "description": "Drug trials reach the drug's minimum adequate daily dose. Default: warning.", "markdownDescription": "Drug trials reach the drug's minimum adequate daily dose.\n\nDefault: **warning**. [Documentation](docs/rules/trial-dose-inadequate.md)" }, "trial-duration-inadequate": { "$ref": "#/$defs/severity", "title": "trial-duration-inadequate", "description": "Antidepressant and augmentation trials last at least the minimum adequate duration. Default: warning.", "markdownDescription": "Antidepressant and augmentation trials last at least the minimum adequate duration.\n\nDefault: **warning**. [Documentation](docs/rules/trial-duration-inadequate.md)" }, "trial-unassessable": { "$ref": "#/$defs/severity", "title": "trial-unassessable", "description": "Drug trials give a dose and a duration, so their adequacy can be judged. Default: info.", "markdownDescription": "Drug trials give a `dose` and a `duration`, so their adequacy can be judged.\n\nDefault: **info**. [Documentation](docs/rules/trial-unassessable.md)" }, "yaml-syntax": { "$ref": "#/$defs/severity", "title": "yaml-syntax", "description": "The file is one well-formed YAML document with no repeated keys. Default: error.", "markdownDescription": "The file is one well-formed YAML document with no repeated keys.\n\nDefault: **error**. [Documentation](docs/rules/yaml-syntax.md)" } } }, "adequacy": { "type": "object", "title": "Adequacy", "description": "How an adequate antidepressant trial is defined.", "markdownDescription": "How an adequate antidepressant trial is defined.", "additionalProperties": false, "properties": { "minimum_weeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 104, "title": "Minimum weeks", "description": "The minimum adequate trial duration in weeks (default 6; some definitions use 8).", "markdownDescription": "The minimum adequate trial duration in weeks (default `6`; some definitions use `8`).", "examples": [6, 8] } } }, "drugs": { "type": "array", "title": "Drugs", "description": "Drugs to add to the knowledge base, or to override by name.", "markdownDescription": "Drugs to add to the knowledge base, or to override by `name`.", "items": { "type": "object", "title": "Drug", "description": "One drug.", "markdownDescription": "One drug.", "additionalProperties": false, "required": ["name"], "examples": [{ "name": "zuranolone", "class": "other", "min_dose": "50 mg/day", "max_dose": "50 mg/day" }], "properties": { "name": { "type": "string", "pattern": "\\S", "title": "Name", "description": "The generic name.", "markdownDescription": "The generic name.", "examples": ["zuranolone"] }, "class": { "type": "string", "title": "Class", "description": "The drug's class, as in a case document's class.", "markdownDescription": "The drug's class, as in a case document's `class`.", "examples": ["SNRI"], "enum": ["SSRI", "SNRI", "TCA", "MAOI", "atypical antidepressant", "serotonin modulator", "NMDA antagonist", "second-generation antipsychotic", "mood stabilizer", "anticonvulsant", "thyroid hormone", "stimulant", "dopamine agonist", "beta blocker", "anxiolytic", "other", "NDRI", "NaSSA", "SARI", "NRI", "TeCA", "RIMA", "SGA"], "enumDescriptions": ["Selective serotonin reuptake inhibitor: citalopram, escitalopram, fluoxetine, paroxetine, sertraline, fluvoxamine.", "Serotonin-norepinephrine reuptake inhibitor: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran.", "Tricyclic antidepressant: amitriptyline, nortriptyline, imipramine, desipramine, clomipramine, doxepin and others.", "Monoamine oxidase inhibitor: phenelzine, tranylcypromine, isocarboxazid, selegiline, moclobemide.", "Bupropion, mirtazapine, trazodone, nefazodone, agomelatine, tianeptine, reboxetine, mianserin.", "Vilazodone, vortioxetine (trazodone and nefazodone are accepted here too).", "Ketamine, esketamine, dextromethorphan-bupropion.", "Aripiprazole, brexpiprazole, cariprazine, quetiapine, olanzapine, olanzapine-fluoxetine, risperidone, lurasidone.", "Lithium.", "Lamotrigine, valproate, carbamazepine, topiramate.", "Liothyronine (T3), levothyroxine (T4).", "Methylphenidate, lisdexamfetamine, amphetamine, modafinil, armodafinil.", "Pramipexole, ropinirole.", "Pindolol.", "Buspirone.", "Anything else; never reported as a class mismatch.", "Norepinephrine-dopamine reuptake inhibitor (bupropion); a synonym of atypical antidepressant.", "Noradrenergic and specific serotonergic antidepressant (mirtazapine); a synonym of atypical antidepressant.", "Serotonin antagonist and reuptake inhibitor (trazodone, nefazodone).", "Norepinephrine reuptake inhibitor (reboxetine); a synonym of atypical antidepressant.", "Tetracyclic antidepressant (amoxapine, maprotiline, mianserin).", "Reversible inhibitor of monoamine oxidase A (moclobemide); a synonym of MAOI.", "Second-generation antipsychotic; a synonym of second-generation antipsychotic."] }, "min_dose": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$", "title": "Minimum adequate dose", "description": "The minimum adequate daily dose, <number> <unit>.", "markdownDescription": "The minimum adequate daily dose, `<number> <unit>`.", "examples": ["50 mg/day"] }, "max_dose": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$", "title": "Maximum dose", "description": "The usual maximum daily dose, <number> <unit>.", "markdownDescription": "The usual maximum daily dose, `<number> <unit>`.", "examples": ["50 mg/day"] }, "brands": { "type": "array", "title": "Brands", "description": "Brand names that resolve to this drug.", "markdownDescription": "Brand names that resolve to this drug.", "items": { "type": "string", "pattern": "\\S", "title": "Brand", "description": "A brand name.", "markdownDescription": "A brand name." }, "examples": [["Zurzuvae"]] }, "antidepressant": { "type": "boolean", "title": "Antidepressant", "description": "Whether trials of this drug count as antidepressant trials for adequacy and TRD.", "markdownDescription": "Whether trials of this drug count as antidepressant trials for adequacy and TRD." } } } }, "frameworks": { "type": "array", "title": "Frameworks", "description": "Extra framework ids accepted in perspectives[].framework and treatment_history[].therapy.", "markdownDescription": "Extra framework ids accepted in `perspectives[].framework` and `treatment_history[].therapy`.", "items": { "type": "string", "pattern": "^[a-z0-9-]+$", "title": "Framework id", "description": "A framework id: lower-case letters, digits and hyphens.", "markdownDescription": "A framework id: lower-case letters, digits and hyphens." }, "examples": [["schema-therapy"]] }, "ketamine": { "type": "object", "title": "Ketamine", "description": "Settings of the ketamine-dose-range rule.", "markdownDescription": "Settings of the `ketamine-dose-range` rule.", "additionalProperties": false, "properties": { "ceilings": { "type": "object", "title": "Ceilings", "description": "The largest single ketamine administration per route, <number> mg or <number> mg/kg; esketamine is the ceiling per esketamine session.", "markdownDescription": "The largest single ketamine administration per route, `<number> mg` or `<number> mg/kg`; `esketamine` is the ceiling per esketamine session.", "additionalProperties": false, "examples": [{ "intramuscular": "150 mg", "intravenous": "1 mg/kg" }], "properties": { "intravenous": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intravenous", "description": "The ceiling for one intravenous ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intravenous ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "intramuscular": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intramuscular", "description": "The ceiling for one intramuscular ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intramuscular ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "intranasal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intranasal", "description": "The ceiling for one intranasal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intranasal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "oral": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "oral", "description": "The ceiling for one oral ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one oral ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "sublingual": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "sublingual", "description": "The ceiling for one sublingual ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one sublingual ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "rectal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "rectal", "description": "The ceiling for one rectal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one rectal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "subcutaneous": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "subcutaneous", "description": "The ceiling for one subcutaneous ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one subcutaneous ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "transdermal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "transdermal", "description": "The ceiling for one transdermal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one transdermal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "esketamine": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "esketamine", "description": "The ceiling for esketamine per session, e.g. 84 mg.", "markdownDescription": "The ceiling for esketamine per session, e.g. `84 mg`.", "examples": ["84 mg"] } } } } } }, "$defs": { "severity": { "type": "string", "title": "Severity", "description": "The severity of a rule's findings, or off.", "markdownDescription": "The severity of a rule's findings, or `off`.", "enum": ["off", "error", "warning", "info", "hint"], "enumDescriptions": ["Do not run the rule.", "An error: the CLI exits with status 1.", "A warning.", "Information.", "A hint (shown faintly in editors)."] } } };
var schema32 = { "type": "string", "title": "Severity", "description": "The severity of a rule's findings, or off.", "markdownDescription": "The severity of a rule's findings, or `off`.", "enum": ["off", "error", "warning", "info", "hint"], "enumDescriptions": ["Do not run the rule.", "An error: the CLI exits with status 1.", "A warning.", "Information.", "A hint (shown faintly in editors)."] };
var func12 = Object.prototype.hasOwnProperty;
var pattern42 = new RegExp("\\S", "u");
var pattern5 = new RegExp("^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$", "u");
var pattern82 = new RegExp("^[a-z0-9-]+$", "u");
var pattern92 = new RegExp("^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "u");
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "rules" || key0 === "adequacy" || key0 === "drugs" || key0 === "frameworks" || key0 === "ketamine")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func12.call(schema312.properties.rules.properties, key1)) {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1["affiliation-undefined"] !== void 0) {
          let data2 = data1["affiliation-undefined"];
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/rules/affiliation-undefined", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!(data2 === "off" || data2 === "error" || data2 === "warning" || data2 === "info" || data2 === "hint")) {
            const err4 = { instancePath: instancePath + "/rules/affiliation-undefined", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1["augmentation-without-antidepressant"] !== void 0) {
          let data3 = data1["augmentation-without-antidepressant"];
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/rules/augmentation-without-antidepressant", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data3 === "off" || data3 === "error" || data3 === "warning" || data3 === "info" || data3 === "hint")) {
            const err6 = { instancePath: instancePath + "/rules/augmentation-without-antidepressant", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1["author-undefined"] !== void 0) {
          let data4 = data1["author-undefined"];
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/rules/author-undefined", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data4 === "off" || data4 === "error" || data4 === "warning" || data4 === "info" || data4 === "hint")) {
            const err8 = { instancePath: instancePath + "/rules/author-undefined", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1["citation-undefined"] !== void 0) {
          let data5 = data1["citation-undefined"];
          if (typeof data5 !== "string") {
            const err9 = { instancePath: instancePath + "/rules/citation-undefined", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (!(data5 === "off" || data5 === "error" || data5 === "warning" || data5 === "info" || data5 === "hint")) {
            const err10 = { instancePath: instancePath + "/rules/citation-undefined", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1["consent-missing"] !== void 0) {
          let data6 = data1["consent-missing"];
          if (typeof data6 !== "string") {
            const err11 = { instancePath: instancePath + "/rules/consent-missing", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "error" || data6 === "warning" || data6 === "info" || data6 === "hint")) {
            const err12 = { instancePath: instancePath + "/rules/consent-missing", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1["corresponding-author"] !== void 0) {
          let data7 = data1["corresponding-author"];
          if (typeof data7 !== "string") {
            const err13 = { instancePath: instancePath + "/rules/corresponding-author", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data7 === "off" || data7 === "error" || data7 === "warning" || data7 === "info" || data7 === "hint")) {
            const err14 = { instancePath: instancePath + "/rules/corresponding-author", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1["dates-order"] !== void 0) {
          let data8 = data1["dates-order"];
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/rules/dates-order", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data8 === "off" || data8 === "error" || data8 === "warning" || data8 === "info" || data8 === "hint")) {
            const err16 = { instancePath: instancePath + "/rules/dates-order", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1["deidentification-missing"] !== void 0) {
          let data9 = data1["deidentification-missing"];
          if (typeof data9 !== "string") {
            const err17 = { instancePath: instancePath + "/rules/deidentification-missing", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data9 === "off" || data9 === "error" || data9 === "warning" || data9 === "info" || data9 === "hint")) {
            const err18 = { instancePath: instancePath + "/rules/deidentification-missing", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data1["doi-format"] !== void 0) {
          let data10 = data1["doi-format"];
          if (typeof data10 !== "string") {
            const err19 = { instancePath: instancePath + "/rules/doi-format", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data10 === "off" || data10 === "error" || data10 === "warning" || data10 === "info" || data10 === "hint")) {
            const err20 = { instancePath: instancePath + "/rules/doi-format", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1["drug-class-mismatch"] !== void 0) {
          let data11 = data1["drug-class-mismatch"];
          if (typeof data11 !== "string") {
            const err21 = { instancePath: instancePath + "/rules/drug-class-mismatch", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (!(data11 === "off" || data11 === "error" || data11 === "warning" || data11 === "info" || data11 === "hint")) {
            const err22 = { instancePath: instancePath + "/rules/drug-class-mismatch", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data1["drug-unknown"] !== void 0) {
          let data12 = data1["drug-unknown"];
          if (typeof data12 !== "string") {
            const err23 = { instancePath: instancePath + "/rules/drug-unknown", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (!(data12 === "off" || data12 === "error" || data12 === "warning" || data12 === "info" || data12 === "hint")) {
            const err24 = { instancePath: instancePath + "/rules/drug-unknown", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data1["framework-unknown"] !== void 0) {
          let data13 = data1["framework-unknown"];
          if (typeof data13 !== "string") {
            const err25 = { instancePath: instancePath + "/rules/framework-unknown", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (!(data13 === "off" || data13 === "error" || data13 === "warning" || data13 === "info" || data13 === "hint")) {
            const err26 = { instancePath: instancePath + "/rules/framework-unknown", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data1["ketamine-dose-range"] !== void 0) {
          let data14 = data1["ketamine-dose-range"];
          if (typeof data14 !== "string") {
            const err27 = { instancePath: instancePath + "/rules/ketamine-dose-range", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (!(data14 === "off" || data14 === "error" || data14 === "warning" || data14 === "info" || data14 === "hint")) {
            const err28 = { instancePath: instancePath + "/rules/ketamine-dose-range", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data1["perspective-duplicate"] !== void 0) {
          let data15 = data1["perspective-duplicate"];
          if (typeof data15 !== "string") {
            const err29 = { instancePath: instancePath + "/rules/perspective-duplicate", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (!(data15 === "off" || data15 === "error" || data15 === "warning" || data15 === "info" || data15 === "hint")) {
            const err30 = { instancePath: instancePath + "/rules/perspective-duplicate", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data1["perspective-label-mismatch"] !== void 0) {
          let data16 = data1["perspective-label-mismatch"];
          if (typeof data16 !== "string") {
            const err31 = { instancePath: instancePath + "/rules/perspective-label-mismatch", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(data16 === "off" || data16 === "error" || data16 === "warning" || data16 === "info" || data16 === "hint")) {
            const err32 = { instancePath: instancePath + "/rules/perspective-label-mismatch", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data1["perspective-unattributed"] !== void 0) {
          let data17 = data1["perspective-unattributed"];
          if (typeof data17 !== "string") {
            const err33 = { instancePath: instancePath + "/rules/perspective-unattributed", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (!(data17 === "off" || data17 === "error" || data17 === "warning" || data17 === "info" || data17 === "hint")) {
            const err34 = { instancePath: instancePath + "/rules/perspective-unattributed", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data1["perspective-unlabeled"] !== void 0) {
          let data18 = data1["perspective-unlabeled"];
          if (typeof data18 !== "string") {
            const err35 = { instancePath: instancePath + "/rules/perspective-unlabeled", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (!(data18 === "off" || data18 === "error" || data18 === "warning" || data18 === "info" || data18 === "hint")) {
            const err36 = { instancePath: instancePath + "/rules/perspective-unlabeled", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data1["perspectives-too-few"] !== void 0) {
          let data19 = data1["perspectives-too-few"];
          if (typeof data19 !== "string") {
            const err37 = { instancePath: instancePath + "/rules/perspectives-too-few", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (!(data19 === "off" || data19 === "error" || data19 === "warning" || data19 === "info" || data19 === "hint")) {
            const err38 = { instancePath: instancePath + "/rules/perspectives-too-few", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data1["phi-age"] !== void 0) {
          let data20 = data1["phi-age"];
          if (typeof data20 !== "string") {
            const err39 = { instancePath: instancePath + "/rules/phi-age", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data20 === "off" || data20 === "error" || data20 === "warning" || data20 === "info" || data20 === "hint")) {
            const err40 = { instancePath: instancePath + "/rules/phi-age", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data1["phi-contact"] !== void 0) {
          let data21 = data1["phi-contact"];
          if (typeof data21 !== "string") {
            const err41 = { instancePath: instancePath + "/rules/phi-contact", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (!(data21 === "off" || data21 === "error" || data21 === "warning" || data21 === "info" || data21 === "hint")) {
            const err42 = { instancePath: instancePath + "/rules/phi-contact", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data1["phi-date"] !== void 0) {
          let data22 = data1["phi-date"];
          if (typeof data22 !== "string") {
            const err43 = { instancePath: instancePath + "/rules/phi-date", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (!(data22 === "off" || data22 === "error" || data22 === "warning" || data22 === "info" || data22 === "hint")) {
            const err44 = { instancePath: instancePath + "/rules/phi-date", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data1["phi-identifier"] !== void 0) {
          let data23 = data1["phi-identifier"];
          if (typeof data23 !== "string") {
            const err45 = { instancePath: instancePath + "/rules/phi-identifier", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (!(data23 === "off" || data23 === "error" || data23 === "warning" || data23 === "info" || data23 === "hint")) {
            const err46 = { instancePath: instancePath + "/rules/phi-identifier", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data1["phi-location"] !== void 0) {
          let data24 = data1["phi-location"];
          if (typeof data24 !== "string") {
            const err47 = { instancePath: instancePath + "/rules/phi-location", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (!(data24 === "off" || data24 === "error" || data24 === "warning" || data24 === "info" || data24 === "hint")) {
            const err48 = { instancePath: instancePath + "/rules/phi-location", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data1["phi-name"] !== void 0) {
          let data25 = data1["phi-name"];
          if (typeof data25 !== "string") {
            const err49 = { instancePath: instancePath + "/rules/phi-name", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (!(data25 === "off" || data25 === "error" || data25 === "warning" || data25 === "info" || data25 === "hint")) {
            const err50 = { instancePath: instancePath + "/rules/phi-name", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data1["procedure-course-short"] !== void 0) {
          let data26 = data1["procedure-course-short"];
          if (typeof data26 !== "string") {
            const err51 = { instancePath: instancePath + "/rules/procedure-course-short", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (!(data26 === "off" || data26 === "error" || data26 === "warning" || data26 === "info" || data26 === "hint")) {
            const err52 = { instancePath: instancePath + "/rules/procedure-course-short", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data1["quantity-format"] !== void 0) {
          let data27 = data1["quantity-format"];
          if (typeof data27 !== "string") {
            const err53 = { instancePath: instancePath + "/rules/quantity-format", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (!(data27 === "off" || data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "hint")) {
            const err54 = { instancePath: instancePath + "/rules/quantity-format", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data1["reference-duplicate"] !== void 0) {
          let data28 = data1["reference-duplicate"];
          if (typeof data28 !== "string") {
            const err55 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (!(data28 === "off" || data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "hint")) {
            const err56 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data1["reference-order"] !== void 0) {
          let data29 = data1["reference-order"];
          if (typeof data29 !== "string") {
            const err57 = { instancePath: instancePath + "/rules/reference-order", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (!(data29 === "off" || data29 === "error" || data29 === "warning" || data29 === "info" || data29 === "hint")) {
            const err58 = { instancePath: instancePath + "/rules/reference-order", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data1["reference-unused"] !== void 0) {
          let data30 = data1["reference-unused"];
          if (typeof data30 !== "string") {
            const err59 = { instancePath: instancePath + "/rules/reference-unused", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "info" || data30 === "hint")) {
            const err60 = { instancePath: instancePath + "/rules/reference-unused", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data1.schema !== void 0) {
          let data31 = data1.schema;
          if (typeof data31 !== "string") {
            const err61 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (!(data31 === "off" || data31 === "error" || data31 === "warning" || data31 === "info" || data31 === "hint")) {
            const err62 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data1["trd-criteria-unmet"] !== void 0) {
          let data32 = data1["trd-criteria-unmet"];
          if (typeof data32 !== "string") {
            const err63 = { instancePath: instancePath + "/rules/trd-criteria-unmet", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (!(data32 === "off" || data32 === "error" || data32 === "warning" || data32 === "info" || data32 === "hint")) {
            const err64 = { instancePath: instancePath + "/rules/trd-criteria-unmet", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data1["trial-dose-above-max"] !== void 0) {
          let data33 = data1["trial-dose-above-max"];
          if (typeof data33 !== "string") {
            const err65 = { instancePath: instancePath + "/rules/trial-dose-above-max", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (!(data33 === "off" || data33 === "error" || data33 === "warning" || data33 === "info" || data33 === "hint")) {
            const err66 = { instancePath: instancePath + "/rules/trial-dose-above-max", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data1["trial-dose-inadequate"] !== void 0) {
          let data34 = data1["trial-dose-inadequate"];
          if (typeof data34 !== "string") {
            const err67 = { instancePath: instancePath + "/rules/trial-dose-inadequate", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (!(data34 === "off" || data34 === "error" || data34 === "warning" || data34 === "info" || data34 === "hint")) {
            const err68 = { instancePath: instancePath + "/rules/trial-dose-inadequate", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data1["trial-duration-inadequate"] !== void 0) {
          let data35 = data1["trial-duration-inadequate"];
          if (typeof data35 !== "string") {
            const err69 = { instancePath: instancePath + "/rules/trial-duration-inadequate", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (!(data35 === "off" || data35 === "error" || data35 === "warning" || data35 === "info" || data35 === "hint")) {
            const err70 = { instancePath: instancePath + "/rules/trial-duration-inadequate", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data1["trial-unassessable"] !== void 0) {
          let data36 = data1["trial-unassessable"];
          if (typeof data36 !== "string") {
            const err71 = { instancePath: instancePath + "/rules/trial-unassessable", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (!(data36 === "off" || data36 === "error" || data36 === "warning" || data36 === "info" || data36 === "hint")) {
            const err72 = { instancePath: instancePath + "/rules/trial-unassessable", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data1["yaml-syntax"] !== void 0) {
          let data37 = data1["yaml-syntax"];
          if (typeof data37 !== "string") {
            const err73 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (!(data37 === "off" || data37 === "error" || data37 === "warning" || data37 === "info" || data37 === "hint")) {
            const err74 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.adequacy !== void 0) {
      let data38 = data.adequacy;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key2 in data38) {
          if (!(key2 === "minimum_weeks")) {
            const err76 = { instancePath: instancePath + "/adequacy", schemaPath: "#/properties/adequacy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data38.minimum_weeks !== void 0) {
          let data39 = data38.minimum_weeks;
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 > 104 || isNaN(data39)) {
              const err77 = { instancePath: instancePath + "/adequacy/minimum_weeks", schemaPath: "#/properties/adequacy/properties/minimum_weeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104 } };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data39 <= 0 || isNaN(data39)) {
              const err78 = { instancePath: instancePath + "/adequacy/minimum_weeks", schemaPath: "#/properties/adequacy/properties/minimum_weeks/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 } };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/adequacy/minimum_weeks", schemaPath: "#/properties/adequacy/properties/minimum_weeks/type", keyword: "type", params: { type: "number" } };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/adequacy", schemaPath: "#/properties/adequacy/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.drugs !== void 0) {
      let data40 = data.drugs;
      if (Array.isArray(data40)) {
        const len0 = data40.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data41 = data40[i0];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.name === void 0) {
              const err81 = { instancePath: instancePath + "/drugs/" + i0, schemaPath: "#/properties/drugs/items/required", keyword: "required", params: { missingProperty: "name" } };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            for (const key3 in data41) {
              if (!(key3 === "name" || key3 === "class" || key3 === "min_dose" || key3 === "max_dose" || key3 === "brands" || key3 === "antidepressant")) {
                const err82 = { instancePath: instancePath + "/drugs/" + i0, schemaPath: "#/properties/drugs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 } };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data41.name !== void 0) {
              let data42 = data41.name;
              if (typeof data42 === "string") {
                if (!pattern42.test(data42)) {
                  const err83 = { instancePath: instancePath + "/drugs/" + i0 + "/name", schemaPath: "#/properties/drugs/items/properties/name/pattern", keyword: "pattern", params: { pattern: "\\S" } };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/drugs/" + i0 + "/name", schemaPath: "#/properties/drugs/items/properties/name/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data41.class !== void 0) {
              let data43 = data41.class;
              if (typeof data43 !== "string") {
                const err85 = { instancePath: instancePath + "/drugs/" + i0 + "/class", schemaPath: "#/properties/drugs/items/properties/class/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (!(data43 === "SSRI" || data43 === "SNRI" || data43 === "TCA" || data43 === "MAOI" || data43 === "atypical antidepressant" || data43 === "serotonin modulator" || data43 === "NMDA antagonist" || data43 === "second-generation antipsychotic" || data43 === "mood stabilizer" || data43 === "anticonvulsant" || data43 === "thyroid hormone" || data43 === "stimulant" || data43 === "dopamine agonist" || data43 === "beta blocker" || data43 === "anxiolytic" || data43 === "other" || data43 === "NDRI" || data43 === "NaSSA" || data43 === "SARI" || data43 === "NRI" || data43 === "TeCA" || data43 === "RIMA" || data43 === "SGA")) {
                const err86 = { instancePath: instancePath + "/drugs/" + i0 + "/class", schemaPath: "#/properties/drugs/items/properties/class/enum", keyword: "enum", params: { allowedValues: schema312.properties.drugs.items.properties.class.enum } };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data41.min_dose !== void 0) {
              let data44 = data41.min_dose;
              if (typeof data44 === "string") {
                if (!pattern5.test(data44)) {
                  const err87 = { instancePath: instancePath + "/drugs/" + i0 + "/min_dose", schemaPath: "#/properties/drugs/items/properties/min_dose/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$" } };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/drugs/" + i0 + "/min_dose", schemaPath: "#/properties/drugs/items/properties/min_dose/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data41.max_dose !== void 0) {
              let data45 = data41.max_dose;
              if (typeof data45 === "string") {
                if (!pattern5.test(data45)) {
                  const err89 = { instancePath: instancePath + "/drugs/" + i0 + "/max_dose", schemaPath: "#/properties/drugs/items/properties/max_dose/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$" } };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/drugs/" + i0 + "/max_dose", schemaPath: "#/properties/drugs/items/properties/max_dose/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data41.brands !== void 0) {
              let data46 = data41.brands;
              if (Array.isArray(data46)) {
                const len1 = data46.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data47 = data46[i1];
                  if (typeof data47 === "string") {
                    if (!pattern42.test(data47)) {
                      const err91 = { instancePath: instancePath + "/drugs/" + i0 + "/brands/" + i1, schemaPath: "#/properties/drugs/items/properties/brands/items/pattern", keyword: "pattern", params: { pattern: "\\S" } };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/drugs/" + i0 + "/brands/" + i1, schemaPath: "#/properties/drugs/items/properties/brands/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/drugs/" + i0 + "/brands", schemaPath: "#/properties/drugs/items/properties/brands/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data41.antidepressant !== void 0) {
              if (typeof data41.antidepressant !== "boolean") {
                const err94 = { instancePath: instancePath + "/drugs/" + i0 + "/antidepressant", schemaPath: "#/properties/drugs/items/properties/antidepressant/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/drugs/" + i0, schemaPath: "#/properties/drugs/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/drugs", schemaPath: "#/properties/drugs/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.frameworks !== void 0) {
      let data49 = data.frameworks;
      if (Array.isArray(data49)) {
        const len2 = data49.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data50 = data49[i2];
          if (typeof data50 === "string") {
            if (!pattern82.test(data50)) {
              const err97 = { instancePath: instancePath + "/frameworks/" + i2, schemaPath: "#/properties/frameworks/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" } };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/frameworks/" + i2, schemaPath: "#/properties/frameworks/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/frameworks", schemaPath: "#/properties/frameworks/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.ketamine !== void 0) {
      let data51 = data.ketamine;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key4 in data51) {
          if (!(key4 === "ceilings")) {
            const err100 = { instancePath: instancePath + "/ketamine", schemaPath: "#/properties/ketamine/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 } };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data51.ceilings !== void 0) {
          let data52 = data51.ceilings;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key5 in data52) {
              if (!func12.call(schema312.properties.ketamine.properties.ceilings.properties, key5)) {
                const err101 = { instancePath: instancePath + "/ketamine/ceilings", schemaPath: "#/properties/ketamine/properties/ceilings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 } };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data52.intravenous !== void 0) {
              let data53 = data52.intravenous;
              if (typeof data53 === "string") {
                if (!pattern92.test(data53)) {
                  const err102 = { instancePath: instancePath + "/ketamine/ceilings/intravenous", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intravenous/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/ketamine/ceilings/intravenous", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intravenous/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data52.intramuscular !== void 0) {
              let data54 = data52.intramuscular;
              if (typeof data54 === "string") {
                if (!pattern92.test(data54)) {
                  const err104 = { instancePath: instancePath + "/ketamine/ceilings/intramuscular", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intramuscular/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/ketamine/ceilings/intramuscular", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intramuscular/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data52.intranasal !== void 0) {
              let data55 = data52.intranasal;
              if (typeof data55 === "string") {
                if (!pattern92.test(data55)) {
                  const err106 = { instancePath: instancePath + "/ketamine/ceilings/intranasal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intranasal/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/ketamine/ceilings/intranasal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/intranasal/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data52.oral !== void 0) {
              let data56 = data52.oral;
              if (typeof data56 === "string") {
                if (!pattern92.test(data56)) {
                  const err108 = { instancePath: instancePath + "/ketamine/ceilings/oral", schemaPath: "#/properties/ketamine/properties/ceilings/properties/oral/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/ketamine/ceilings/oral", schemaPath: "#/properties/ketamine/properties/ceilings/properties/oral/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data52.sublingual !== void 0) {
              let data57 = data52.sublingual;
              if (typeof data57 === "string") {
                if (!pattern92.test(data57)) {
                  const err110 = { instancePath: instancePath + "/ketamine/ceilings/sublingual", schemaPath: "#/properties/ketamine/properties/ceilings/properties/sublingual/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/ketamine/ceilings/sublingual", schemaPath: "#/properties/ketamine/properties/ceilings/properties/sublingual/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data52.rectal !== void 0) {
              let data58 = data52.rectal;
              if (typeof data58 === "string") {
                if (!pattern92.test(data58)) {
                  const err112 = { instancePath: instancePath + "/ketamine/ceilings/rectal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/rectal/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/ketamine/ceilings/rectal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/rectal/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data52.subcutaneous !== void 0) {
              let data59 = data52.subcutaneous;
              if (typeof data59 === "string") {
                if (!pattern92.test(data59)) {
                  const err114 = { instancePath: instancePath + "/ketamine/ceilings/subcutaneous", schemaPath: "#/properties/ketamine/properties/ceilings/properties/subcutaneous/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/ketamine/ceilings/subcutaneous", schemaPath: "#/properties/ketamine/properties/ceilings/properties/subcutaneous/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data52.transdermal !== void 0) {
              let data60 = data52.transdermal;
              if (typeof data60 === "string") {
                if (!pattern92.test(data60)) {
                  const err116 = { instancePath: instancePath + "/ketamine/ceilings/transdermal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/transdermal/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/ketamine/ceilings/transdermal", schemaPath: "#/properties/ketamine/properties/ceilings/properties/transdermal/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data52.esketamine !== void 0) {
              let data61 = data52.esketamine;
              if (typeof data61 === "string") {
                if (!pattern92.test(data61)) {
                  const err118 = { instancePath: instancePath + "/ketamine/ceilings/esketamine", schemaPath: "#/properties/ketamine/properties/ceilings/properties/esketamine/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$" } };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              } else {
                const err119 = { instancePath: instancePath + "/ketamine/ceilings/esketamine", schemaPath: "#/properties/ketamine/properties/ceilings/properties/esketamine/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
          } else {
            const err120 = { instancePath: instancePath + "/ketamine/ceilings", schemaPath: "#/properties/ketamine/properties/ceilings/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
      } else {
        const err121 = { instancePath: instancePath + "/ketamine", schemaPath: "#/properties/ketamine/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
  } else {
    const err122 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err122];
    } else {
      vErrors.push(err122);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// server/src/schema/generated/schemas.ts
var caseSchemaJson = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://caselint.example.org/schemas/case-report.schema.json", "title": "Case report", "description": "A structured psychiatric case report (*.case.yaml): a Cross Talk article (a case and several expert perspectives) or a single-author CARE-style case report.", "markdownDescription": "A structured psychiatric case report (`*.case.yaml`): a **Cross Talk** article (a case and several expert perspectives) or a single-author CARE-style case report.", "type": "object", "required": ["caselint", "type", "title", "authors", "abstract", "patient", "diagnoses", "treatment_history"], "properties": { "caselint": { "const": 1, "title": "Format version", "description": "The case-report format version. Always 1.", "markdownDescription": "The case-report format version. Always `1`.", "examples": [1] }, "type": { "type": "string", "title": "Article type", "description": "What kind of article this is.", "markdownDescription": "What kind of article this is.", "examples": ["cross-talk"], "enum": ["cross-talk", "case-report"], "enumDescriptions": ["A Cross Talk article: a case and at least two expert perspectives, closed by an integrative discussion.", "A single-author CARE-style case report with a discussion."] }, "title": { "type": "string", "title": "Title", "description": "The article's title.", "markdownDescription": "The article's title.", "examples": ["Ketamine-Assisted Psychotherapy for Treatment-Resistant Depression"] }, "subtitle": { "type": "string", "title": "Subtitle", "description": "An optional subtitle.", "markdownDescription": "An optional subtitle." }, "journal": { "type": "string", "title": "Journal", "description": "The journal the article is for.", "markdownDescription": "The journal the article is for.", "examples": ["J Clin Psychiatry"] }, "doi": { "type": "string", "title": "DOI", "description": "The article's DOI, 10.NNNN/... (checked by the doi-format rule).", "markdownDescription": "The article's DOI, `10.NNNN/...` (checked by the `doi-format` rule).", "examples": ["10.1000/example.2024.1"] }, "dates": { "type": "object", "title": "Dates", "description": "Editorial dates, each YYYY-MM-DD, in the order submitted, accepted, published.", "markdownDescription": "Editorial dates, each `YYYY-MM-DD`, in the order submitted, accepted, published.", "properties": { "submitted": { "type": "string", "title": "Submitted", "description": "When the manuscript was submitted, YYYY-MM-DD.", "markdownDescription": "When the manuscript was submitted, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-01-15"] }, "accepted": { "type": "string", "title": "Accepted", "description": "When the manuscript was accepted, YYYY-MM-DD.", "markdownDescription": "When the manuscript was accepted, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-03-02"] }, "published": { "type": "string", "title": "Published", "description": "When the article was published, YYYY-MM-DD.", "markdownDescription": "When the article was published, `YYYY-MM-DD`.", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "examples": ["2024-05-20"] } }, "additionalProperties": false }, "authors": { "type": "array", "title": "Authors", "description": "The article's authors, in order. Exactly one should be corresponding: true.", "markdownDescription": "The article's authors, in order. Exactly one should be `corresponding: true`.", "items": { "$ref": "#/$defs/author" } }, "affiliations": { "type": "object", "title": "Affiliations", "description": "Affiliations by id; authors name them in authors[].affiliations.", "markdownDescription": "Affiliations by id; authors name them in `authors[].affiliations`.", "additionalProperties": { "type": "string", "title": "Affiliation", "description": "The affiliation as printed.", "markdownDescription": "The affiliation as printed." }, "examples": [{ "dept-psychiatry": "Department of Psychiatry, Example University Hospital" }] }, "abstract": { "type": "string", "title": "Abstract", "description": "A short summary: what is new, the main findings, diagnoses, interventions and outcomes, and the lesson (CARE item 3).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "A short summary: what is new, the main findings, diagnoses, interventions and outcomes, and the lesson (CARE item 3).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "keywords": { "type": "array", "title": "Keywords", "description": "2 to 5 keywords (CARE item 2).", "markdownDescription": "2 to 5 keywords (CARE item 2).", "examples": [["treatment-resistant depression", "ketamine", "case report"]], "items": { "type": "string", "title": "A keyword", "description": "A keyword.", "markdownDescription": "A keyword." } }, "introduction": { "type": "string", "title": "Introduction", "description": "Background, and why the case is worth reporting (CARE item 4).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Background, and why the case is worth reporting (CARE item 4).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "patient": { "type": "object", "title": "Patient", "description": "The patient, de-identified: a pseudonym, age, sex and the history. Never the real name.", "markdownDescription": "The patient, de-identified: a pseudonym, age, sex and the history. Never the real name.", "properties": { "alias": { "type": "string", "title": "Alias", "description": "A pseudonym for the patient; never the real name.", "markdownDescription": "A pseudonym for the patient; never the real name.", "examples": ["John"] }, "alias_is_pseudonym": { "type": "boolean", "title": "Alias is a pseudonym", "description": "Set to false when alias is the patient's real name (rule phi-name then reports it).", "markdownDescription": "Set to `false` when `alias` is the patient's real name (rule `phi-name` then reports it)." }, "age": { "type": ["integer", "string"], "minimum": 0, "maximum": 150, "pattern": "^90\\+$", "title": "Age", "description": 'Age in years at presentation. Ages over 89 are written "90+" (HIPAA Safe Harbor; rule phi-age).', "markdownDescription": 'Age in years at presentation. Ages over 89 are written `"90+"` (HIPAA Safe Harbor; rule `phi-age`).', "examples": [61, "90+"] }, "sex": { "type": "string", "title": "Sex", "description": "The patient's sex.", "markdownDescription": "The patient's sex.", "examples": ["male"], "enum": ["male", "female", "intersex", "unknown"], "enumDescriptions": ["Male.", "Female.", "Intersex.", "Not known or not stated."] }, "gender": { "type": "string", "title": "Gender", "description": "Gender identity, in free text (optional).", "markdownDescription": "Gender identity, in free text (optional).", "examples": ["man", "woman", "nonbinary"] }, "occupation": { "type": "string", "title": "Occupation", "description": "The patient's occupation, kept general enough not to identify them.", "markdownDescription": "The patient's occupation, kept general enough not to identify them.", "examples": ["accountant", "teacher"] }, "weight": { "type": "string", "title": "Weight", "description": "Body weight, e.g. 82 kg; lets weight-based (mg/kg) doses be checked. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "Body weight, e.g. `82 kg`; lets weight-based (mg/kg) doses be checked. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["82 kg"] }, "presentation": { "type": "string", "title": "Presentation", "description": "The current complaint and symptoms.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The current complaint and symptoms.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "history": { "type": "string", "title": "History", "description": "Psychiatric and medical history.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Psychiatric and medical history.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "psychosocial_history": { "type": "string", "title": "Psychosocial history", "description": "Family, social and developmental history.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Family, social and developmental history.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "diagnoses": { "type": "array", "title": "Diagnoses", "description": "The patient's diagnoses.", "markdownDescription": "The patient's diagnoses.", "items": { "$ref": "#/$defs/diagnosis" } }, "treatment_history": { "type": "array", "title": "Treatment history", "description": "Earlier treatments. Each entry is exactly one of a drug trial (drug), a procedure (procedure) or a psychotherapy (therapy).", "markdownDescription": "Earlier treatments. Each entry is exactly one of a drug trial (`drug`), a procedure (`procedure`) or a psychotherapy (`therapy`).", "items": { "title": "Treatment-history entry", "description": "Exactly one of a drug trial (drug), a procedure (procedure) or a psychotherapy (therapy).", "markdownDescription": "Exactly one of a drug trial (`drug`), a procedure (`procedure`) or a psychotherapy (`therapy`).", "oneOf": [{ "$ref": "#/$defs/drugTrial" }, { "$ref": "#/$defs/procedure" }, { "$ref": "#/$defs/therapy" }] } }, "interventions": { "type": "array", "title": "Interventions", "description": "The treatment the case is about, e.g. ketamine-assisted psychotherapy, session by session.", "markdownDescription": "The treatment the case is about, e.g. ketamine-assisted psychotherapy, session by session.", "items": { "$ref": "#/$defs/intervention" } }, "course": { "type": "string", "title": "Course", "description": "The treatment course as narrative.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The treatment course as narrative.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "perspectives": { "type": "array", "title": "Perspectives", "description": "The expert perspectives. A cross-talk article has at least two (rule perspectives-too-few).", "markdownDescription": "The expert perspectives. A `cross-talk` article has at least two (rule `perspectives-too-few`).", "items": { "$ref": "#/$defs/perspective" } }, "integrative_discussion": { "type": "object", "title": "Integrative discussion", "description": "The closing discussion that draws the perspectives together. Required in a cross-talk article.", "markdownDescription": "The closing discussion that draws the perspectives together. Required in a `cross-talk` article.", "properties": { "author": { "type": "string", "title": "Author", "description": "The id of the author who wrote it.", "markdownDescription": "The `id` of the author who wrote it.", "examples": ["yeung"] }, "body": { "type": "string", "title": "Body", "description": "The discussion's text.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The discussion's text.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "discussion": { "type": "string", "title": "Discussion", "description": "Strengths and limitations, the relevant literature, and the take-away lessons (CARE item 11). Required in a case-report.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Strengths and limitations, the relevant literature, and the take-away lessons (CARE item 11). Required in a `case-report`.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "patient_perspective": { "type": "string", "title": "Patient perspective", "description": "The patient's own account of the treatment (CARE item 12).\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The patient's own account of the treatment (CARE item 12).\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "clinical_points": { "type": "array", "title": "Clinical points", "description": "Short take-away points for clinicians.", "markdownDescription": "Short take-away points for clinicians.", "examples": [["Check that earlier trials were adequate in dose and duration before calling depression treatment resistant."]], "items": { "type": "string", "title": "A clinical point", "description": "A clinical point.", "markdownDescription": "A clinical point." } }, "disclosures": { "type": "object", "title": "Disclosures", "description": "Competing interests and funding.", "markdownDescription": "Competing interests and funding.", "properties": { "financial_relationships": { "type": "string", "title": "Financial relationships", "description": "The authors' relevant financial relationships, or a statement that there are none.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The authors' relevant financial relationships, or a statement that there are none.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "funding": { "type": "string", "title": "Funding", "description": "Who funded the work, or a statement that there was no funding.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "Who funded the work, or a statement that there was no funding.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." }, "role_of_sponsor": { "type": "string", "title": "Role of the sponsor", "description": "What part the sponsor had in the work and the report.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "What part the sponsor had in the work and the report.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "deidentification": { "type": "object", "title": "De-identification", "description": "How the patient was protected: a statement that identifying details were removed or changed, and whether consent was obtained. Its presence is checked by the deidentification-missing and consent-missing rules.", "markdownDescription": "How the patient was protected: a statement that identifying details were removed or changed, and whether consent was obtained. Its presence is checked by the `deidentification-missing` and `consent-missing` rules.", "properties": { "statement": { "type": "string", "title": "Statement", "description": "A statement that details that could identify the patient were removed or changed.", "markdownDescription": "A statement that details that could identify the patient were removed or changed.", "examples": ["Details that could identify the patient have been removed or changed."] }, "consent": { "type": "string", "title": "Consent", "description": "Whether the patient consented to publication (CARE item 13).", "markdownDescription": "Whether the patient consented to publication (CARE item 13).", "examples": ["obtained"], "enum": ["obtained", "waived", "not-required"], "enumDescriptions": ["The patient (or a guardian) gave informed consent to publication.", "An ethics board waived consent.", "Consent was not required (e.g. fully de-identified under the journal's policy)."] } }, "additionalProperties": false }, "references": { "type": "array", "title": "References", "description": "The works cited in prose.", "markdownDescription": "The works cited in prose.", "items": { "$ref": "#/$defs/reference" } } }, "additionalProperties": false, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "cross-talk" } } }, "then": { "required": ["integrative_discussion"] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "case-report" } } }, "then": { "required": ["discussion"] } }], "$defs": { "author": { "type": "object", "title": "Author", "description": "One author of the article.", "markdownDescription": "One author of the article.", "required": ["id", "name"], "properties": { "id": { "type": "string", "title": "Author id", "description": "A short unique id, written with lower-case letters, digits and hyphens. Perspectives and the integrative discussion name authors by it.", "markdownDescription": "A short unique id, written with lower-case letters, digits and hyphens. Perspectives and the integrative discussion name authors by it.", "pattern": "^[a-z0-9-]+$", "examples": ["yeung"] }, "name": { "type": "string", "title": "Name", "description": "The author's name as printed.", "markdownDescription": "The author's name as printed.", "examples": ["Jane Example"] }, "degrees": { "type": "array", "title": "Degrees", "description": "Academic degrees, in order.", "markdownDescription": "Academic degrees, in order.", "examples": [["MD", "PhD"]], "items": { "type": "string", "title": "A degree", "description": "A degree.", "markdownDescription": "A degree." } }, "affiliations": { "type": "array", "title": "Affiliations", "description": "Ids of the author's affiliations: keys of the top-level affiliations map.", "markdownDescription": "Ids of the author's affiliations: keys of the top-level `affiliations` map.", "examples": [["dept-psychiatry"]], "items": { "type": "string", "title": "An affiliation id", "description": "An affiliation id.", "markdownDescription": "An affiliation id." } }, "corresponding": { "type": "boolean", "title": "Corresponding author", "description": "True for the corresponding author; exactly one author should be.", "markdownDescription": "True for the corresponding author; exactly one author should be." }, "email": { "type": "string", "title": "Email", "description": "The author's email address (for the corresponding author).", "markdownDescription": "The author's email address (for the corresponding author).", "examples": ["corresponding.author@example.org"] } }, "additionalProperties": false }, "diagnosis": { "type": "object", "title": "Diagnosis", "description": "One diagnosis.", "markdownDescription": "One diagnosis.", "required": ["name"], "properties": { "name": { "type": "string", "title": "Name", "description": "The diagnosis.", "markdownDescription": "The diagnosis.", "examples": ["major depressive disorder", "generalized anxiety disorder"] }, "code": { "type": "string", "title": "Code", "description": "An ICD-10-CM or DSM-5-TR code.", "markdownDescription": "An ICD-10-CM or DSM-5-TR code.", "examples": ["F33.1"] }, "status": { "type": "string", "title": "Status", "description": "How certain the diagnosis is.", "markdownDescription": "How certain the diagnosis is.", "examples": ["confirmed"], "enum": ["confirmed", "suspected", "ruled-out"], "enumDescriptions": ["Established.", "Considered likely, not established.", "Considered and excluded."] }, "onset_age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age at onset", "description": "The patient's age in years when the disorder began.", "markdownDescription": "The patient's age in years when the disorder began.", "examples": [46] }, "treatment_resistant": { "type": "boolean", "title": "Treatment resistant", "description": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in treatment_history must back the claim (rule trd-criteria-unmet).", "markdownDescription": "Claims treatment-resistant depression. At least 2 adequate antidepressant trials in `treatment_history` must back the claim (rule `trd-criteria-unmet`)." } }, "additionalProperties": false }, "drugTrial": { "type": "object", "title": "Drug trial", "description": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with procedure and therapy).", "markdownDescription": "A medication the patient took before the treatment the case is about. One of the three kinds of treatment-history entry (with `procedure` and `therapy`).", "required": ["drug"], "examples": [{ "drug": "duloxetine", "class": "SNRI", "role": "monotherapy", "dose": "60 mg/day", "duration": "6 months", "outcome": "partial response" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "markdownDescription": "The medication, by generic or brand name (matched case-insensitively; brands resolve to the generic).", "examples": ["duloxetine", "sertraline", "lithium"] }, "class": { "type": "string", "title": "Drug class", "description": "The drug's class. Optional; when given it must match the drug (rule drug-class-mismatch). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "markdownDescription": "The drug's class. Optional; when given it must match the drug (rule `drug-class-mismatch`). Pharmacological subclass names (NDRI, NaSSA, SARI, NRI, TeCA, RIMA, SGA) are accepted as synonyms.", "examples": ["SNRI"], "enum": ["SSRI", "SNRI", "TCA", "MAOI", "atypical antidepressant", "serotonin modulator", "NMDA antagonist", "second-generation antipsychotic", "mood stabilizer", "anticonvulsant", "thyroid hormone", "stimulant", "dopamine agonist", "beta blocker", "anxiolytic", "other", "NDRI", "NaSSA", "SARI", "NRI", "TeCA", "RIMA", "SGA"], "enumDescriptions": ["Selective serotonin reuptake inhibitor: citalopram, escitalopram, fluoxetine, paroxetine, sertraline, fluvoxamine.", "Serotonin-norepinephrine reuptake inhibitor: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran.", "Tricyclic antidepressant: amitriptyline, nortriptyline, imipramine, desipramine, clomipramine, doxepin and others.", "Monoamine oxidase inhibitor: phenelzine, tranylcypromine, isocarboxazid, selegiline, moclobemide.", "Bupropion, mirtazapine, trazodone, nefazodone, agomelatine, tianeptine, reboxetine, mianserin.", "Vilazodone, vortioxetine (trazodone and nefazodone are accepted here too).", "Ketamine, esketamine, dextromethorphan-bupropion.", "Aripiprazole, brexpiprazole, cariprazine, quetiapine, olanzapine, olanzapine-fluoxetine, risperidone, lurasidone.", "Lithium.", "Lamotrigine, valproate, carbamazepine, topiramate.", "Liothyronine (T3), levothyroxine (T4).", "Methylphenidate, lisdexamfetamine, amphetamine, modafinil, armodafinil.", "Pramipexole, ropinirole.", "Pindolol.", "Buspirone.", "Anything else; never reported as a class mismatch.", "Norepinephrine-dopamine reuptake inhibitor (bupropion); a synonym of atypical antidepressant.", "Noradrenergic and specific serotonergic antidepressant (mirtazapine); a synonym of atypical antidepressant.", "Serotonin antagonist and reuptake inhibitor (trazodone, nefazodone).", "Norepinephrine reuptake inhibitor (reboxetine); a synonym of atypical antidepressant.", "Tetracyclic antidepressant (amoxapine, maprotiline, mianserin).", "Reversible inhibitor of monoamine oxidase A (moclobemide); a synonym of MAOI.", "Second-generation antipsychotic; a synonym of second-generation antipsychotic."] }, "role": { "type": "string", "title": "Role", "description": "How the drug was used.", "markdownDescription": "How the drug was used.", "examples": ["monotherapy"], "enum": ["monotherapy", "combination", "augmentation"], "enumDescriptions": ["The only antidepressant at the time.", "Given with another antidepressant.", "A non-antidepressant added to boost an antidepressant (e.g. lithium, an antipsychotic, T3)."] }, "dose": { "type": "string", "title": "Dose", "description": "The dose reached, e.g. 60 mg/day; a lithium level may be given in mEq/L. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The dose reached, e.g. `60 mg/day`; a lithium level may be given in `mEq/L`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["60 mg/day", "150 mg/day", "0.8 mEq/L"] }, "duration": { "type": "string", "title": "Duration", "description": "How long the drug was taken at that dose, e.g. 8 weeks. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the drug was taken at that dose, e.g. `8 weeks`. An adequate antidepressant trial lasts at least 6 weeks by default. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["8 weeks", "6 months", "1 year"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the trial started (instead of period).", "markdownDescription": "The patient's age in years when the trial started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "procedure": { "type": "object", "title": "Procedure", "description": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "markdownDescription": "A neuromodulation or other procedure the patient had before the treatment the case is about.", "required": ["procedure"], "examples": [{ "procedure": "ECT", "sessions": 12, "age": 46, "outcome": "response" }], "properties": { "procedure": { "type": "string", "title": "Procedure", "description": "Which procedure.", "markdownDescription": "Which procedure.", "examples": ["ECT"], "enum": ["ECT", "rTMS", "iTBS", "VNS", "DBS", "ablative neurosurgery", "ketamine infusion", "esketamine"], "enumDescriptions": ["Electroconvulsive therapy. A course usually has 6 to 12 sessions.", "Repetitive transcranial magnetic stimulation. A course usually has 20 to 30 sessions.", "Intermittent theta-burst stimulation, a short form of rTMS.", "Vagus nerve stimulation (implanted).", "Deep brain stimulation (implanted; investigational for depression).", "Cingulotomy, capsulotomy, subcaudate tractotomy or limbic leucotomy.", "A course of intravenous ketamine infusions.", "A course of intranasal esketamine."] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "markdownDescription": "How many sessions the course had (ECT usually 6 to 12, rTMS 20 to 30).", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the course lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the course lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["4 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years at the procedure (instead of period).", "markdownDescription": "The patient's age in years at the procedure (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "therapy": { "type": "object", "title": "Psychotherapy", "description": "A psychotherapy the patient had before the treatment the case is about.", "markdownDescription": "A psychotherapy the patient had before the treatment the case is about.", "required": ["therapy"], "examples": [{ "therapy": "cbt", "duration": "2 years", "outcome": "no response" }], "properties": { "therapy": { "type": "string", "title": "Therapy", "description": "The psychotherapy, as a framework id (cbt, psychodynamic, ipt, ...); unknown ids are reported by the framework-unknown rule.", "markdownDescription": "The psychotherapy, as a framework id (`cbt`, `psychodynamic`, `ipt`, ...); unknown ids are reported by the `framework-unknown` rule.", "examples": ["cbt", "psychodynamic", "ipt"] }, "sessions": { "type": "integer", "minimum": 0, "title": "Sessions", "description": "How many sessions the patient attended.", "markdownDescription": "How many sessions the patient attended.", "examples": [12] }, "duration": { "type": "string", "title": "Duration", "description": "How long the therapy lasted. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long the therapy lasted. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["2 years", "16 weeks"] }, "period": { "type": "string", "title": "Period", "description": "When the treatment ran: start/end, each YYYY, YYYY-MM or YYYY-MM-DD. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "markdownDescription": "When the treatment ran: `start/end`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Only the year is safe to tie to the patient in published text; months are usually fine, full dates are not.", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2021-07/2022-01", "2019/2020"] }, "age": { "type": "integer", "minimum": 0, "maximum": 150, "title": "Age", "description": "The patient's age in years when the therapy started (instead of period).", "markdownDescription": "The patient's age in years when the therapy started (instead of `period`).", "examples": [46] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient responded to this treatment.", "markdownDescription": "How the patient responded to this treatment.", "examples": ["partial response"], "enum": ["remission", "response", "partial response", "no response", "not tolerated", "unknown"], "enumDescriptions": ["Symptoms resolved (e.g. MADRS \u2264 10 or HAM-D \u2264 7).", "At least a 50% reduction in symptom severity.", "Some improvement, but less than a 50% reduction.", "No meaningful improvement.", "Stopped because of side effects before its effect could be judged.", "The outcome is not known."] }, "stopped_because": { "type": "string", "title": "Stopped because", "description": "Why the treatment was stopped, in free text.", "markdownDescription": "Why the treatment was stopped, in free text.", "examples": ["side effects", "no response after 8 weeks"] } }, "additionalProperties": false }, "intervention": { "type": "object", "title": "Intervention", "description": "The treatment the case is about.", "markdownDescription": "The treatment the case is about.", "properties": { "kind": { "type": "string", "title": "Kind", "description": "What the intervention is, in free text.", "markdownDescription": "What the intervention is, in free text.", "examples": ["ketamine-assisted psychotherapy", "esketamine"] }, "concurrent": { "type": "array", "title": "Concurrent treatments", "description": "Treatments continued during the intervention, each as free text.", "markdownDescription": "Treatments continued during the intervention, each as free text.", "examples": [["duloxetine 60 mg/day"]], "items": { "type": "string", "title": "A concurrent treatment", "description": "A concurrent treatment.", "markdownDescription": "A concurrent treatment." } }, "preparation_sessions": { "type": "integer", "minimum": 0, "title": "Preparation sessions", "description": "How many preparatory psychotherapy sessions came before dosing.", "markdownDescription": "How many preparatory psychotherapy sessions came before dosing.", "examples": [2] }, "sessions": { "type": "array", "title": "Sessions", "description": "The dosing sessions, in order.", "markdownDescription": "The dosing sessions, in order.", "items": { "$ref": "#/$defs/session" } }, "integration_sessions": { "type": "integer", "minimum": 0, "title": "Integration sessions", "description": "How many integration psychotherapy sessions followed dosing.", "markdownDescription": "How many integration psychotherapy sessions followed dosing.", "examples": [2] }, "outcome": { "type": "string", "title": "Outcome", "description": "How the patient fared, in free text.", "markdownDescription": "How the patient fared, in free text.", "examples": ["no enduring change", "remission at 3 months"] } }, "additionalProperties": false }, "session": { "type": "object", "title": "Session", "description": "One dosing session of the intervention.", "markdownDescription": "One dosing session of the intervention.", "properties": { "number": { "type": "integer", "minimum": 1, "title": "Session number", "description": "The session's number, counting from 1.", "markdownDescription": "The session's number, counting from 1.", "examples": [1] }, "administrations": { "type": "array", "title": "Administrations", "description": "The doses given in this session, in order.", "markdownDescription": "The doses given in this session, in order.", "items": { "$ref": "#/$defs/administration" } }, "adverse_events": { "type": "string", "title": "Adverse events", "description": "Adverse events in this session, or none.", "markdownDescription": "Adverse events in this session, or `none`.", "examples": ["none", "transient nausea"] }, "notes": { "type": "string", "title": "Notes", "description": "What happened in the session.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "What happened in the session.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "administration": { "type": "object", "title": "Administration", "description": "One dose given in a session.", "markdownDescription": "One dose given in a session.", "examples": [{ "drug": "ketamine", "route": "sublingual", "form": "lozenge", "dose": "100 mg" }], "properties": { "drug": { "type": "string", "title": "Drug", "description": "The drug given.", "markdownDescription": "The drug given.", "examples": ["ketamine", "esketamine"] }, "route": { "type": "string", "title": "Route", "description": "How the dose was given. Ketamine ceilings depend on the route (rule ketamine-dose-range).", "markdownDescription": "How the dose was given. Ketamine ceilings depend on the route (rule `ketamine-dose-range`).", "examples": ["sublingual"], "enum": ["intravenous", "intramuscular", "intranasal", "oral", "sublingual", "rectal", "subcutaneous", "transdermal"], "enumDescriptions": ["Into a vein (IV).", "Into a muscle (IM).", "A nasal spray.", "Swallowed.", "Under the tongue (a lozenge or troche).", "Rectally.", "Under the skin (SC).", "Through the skin (a patch)."] }, "form": { "type": "string", "title": "Form", "description": "The dosage form, in free text.", "markdownDescription": "The dosage form, in free text.", "examples": ["lozenge", "troche", "nasal spray"] }, "dose": { "type": "string", "title": "Dose", "description": "The amount given, e.g. 100 mg or 0.5 mg/kg. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "The amount given, e.g. `100 mg` or `0.5 mg/kg`. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["100 mg", "0.5 mg/kg"] }, "after": { "type": "string", "title": "After", "description": "How long after the previous administration of the session this one was given. A quantity <number> <unit> with one space; its form is checked by the quantity-format rule.", "markdownDescription": "How long after the previous administration of the session this one was given. A quantity `<number> <unit>` with one space; its form is checked by the `quantity-format` rule.", "examples": ["20 min"] } }, "additionalProperties": false }, "perspective": { "type": "object", "title": "Perspective", "description": "One expert's view of the case. A perspective is labeled when it has a non-empty label, a known framework and an author from authors.", "markdownDescription": "One expert's view of the case. A perspective is labeled when it has a non-empty `label`, a known `framework` and an `author` from `authors`.", "properties": { "label": { "type": "string", "title": "Label", "description": "The heading the reader sees.", "markdownDescription": "The heading the reader sees.", "examples": ["Psychodynamic Perspective", "Cognitive Behavioral Therapy Perspective"] }, "framework": { "type": "string", "title": "Framework", "description": "The framework the perspective speaks from, as a framework id (psychodynamic, family-systems, cbt, kap, psychopharmacology, ...).", "markdownDescription": "The framework the perspective speaks from, as a framework id (`psychodynamic`, `family-systems`, `cbt`, `kap`, `psychopharmacology`, ...).", "examples": ["psychodynamic", "cbt", "kap"] }, "author": { "type": "string", "title": "Author", "description": "The id of the author who wrote this perspective.", "markdownDescription": "The `id` of the author who wrote this perspective.", "examples": ["yeung"] }, "body": { "type": "string", "title": "Body", "description": "The perspective's text.\n\nProse: Markdown in a block scalar (|). Citations use Pandoc syntax, e.g. [@star-d].", "markdownDescription": "The perspective's text.\n\nProse: Markdown in a block scalar (`|`). Citations use Pandoc syntax, e.g. `[@star-d]`." } }, "additionalProperties": false }, "reference": { "type": "object", "title": "Reference", "description": "One cited work. Prose cites it as [@id].", "markdownDescription": "One cited work. Prose cites it as `[@id]`.", "required": ["id", "text"], "properties": { "id": { "type": "string", "title": "Reference id", "description": "The citation key used in prose ([@id]): letters, digits and _ : . -.", "markdownDescription": "The citation key used in prose (`[@id]`): letters, digits and `_ : . -`.", "pattern": "^[A-Za-z0-9_:.-]+$", "examples": ["star-d", "thase-1997"] }, "text": { "type": "string", "title": "Text", "description": "The full reference as printed.", "markdownDescription": "The full reference as printed.", "examples": ["Example A, Sample B. A study of examples. J Example Med. 2020;1(1):1-10."] }, "doi": { "type": "string", "title": "DOI", "description": "The work's DOI, 10.NNNN/... (checked by the doi-format rule).", "markdownDescription": "The work's DOI, `10.NNNN/...` (checked by the `doi-format` rule).", "examples": ["10.1000/example.2020.1"] }, "url": { "type": "string", "title": "URL", "description": "A link to the work.", "markdownDescription": "A link to the work.", "examples": ["https://example.org/paper"] }, "pmid": { "type": ["string", "integer"], "pattern": "^[0-9]+$", "minimum": 1, "title": "PMID", "description": "The PubMed id, digits only.", "markdownDescription": "The PubMed id, digits only.", "examples": ["12345678"] } }, "additionalProperties": false } } };
var configSchemaJson = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://caselint.example.org/schemas/caselintrc.schema.json", "title": "caselint configuration", "description": "The caselint configuration file (.caselintrc.yaml, .caselintrc.yml or .caselintrc.json). The nearest one at or above a case file applies to it.", "markdownDescription": "The caselint configuration file (`.caselintrc.yaml`, `.caselintrc.yml` or `.caselintrc.json`). The nearest one at or above a case file applies to it.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "title": "Schema", "description": "The JSON Schema this file follows (for editors).", "markdownDescription": "The JSON Schema this file follows (for editors).", "examples": ["https://caselint.example.org/schemas/caselintrc.schema.json"] }, "rules": { "type": "object", "title": "Rules", "description": "Severity per rule id: off, error, warning, info or hint. Unknown rule ids are errors.", "markdownDescription": "Severity per rule id: `off`, `error`, `warning`, `info` or `hint`. Unknown rule ids are errors.", "examples": [{ "reference-order": "off", "trial-duration-inadequate": "error" }], "additionalProperties": false, "properties": { "affiliation-undefined": { "$ref": "#/$defs/severity", "title": "affiliation-undefined", "description": "Authors name affiliations that affiliations lists. Default: error.", "markdownDescription": "Authors name affiliations that `affiliations` lists.\n\nDefault: **error**. [Documentation](docs/rules/affiliation-undefined.md)" }, "augmentation-without-antidepressant": { "$ref": "#/$defs/severity", "title": "augmentation-without-antidepressant", "description": "An augmentation agent goes with an antidepressant trial. Default: info.", "markdownDescription": "An augmentation agent goes with an antidepressant trial.\n\nDefault: **info**. [Documentation](docs/rules/augmentation-without-antidepressant.md)" }, "author-undefined": { "$ref": "#/$defs/severity", "title": "author-undefined", "description": "Perspectives and the integrative discussion name authors that authors lists. Default: error.", "markdownDescription": "Perspectives and the integrative discussion name authors that `authors` lists.\n\nDefault: **error**. [Documentation](docs/rules/author-undefined.md)" }, "citation-undefined": { "$ref": "#/$defs/severity", "title": "citation-undefined", "description": "Each [@key] names a reference. Default: error.", "markdownDescription": "Each `[@key]` names a reference.\n\nDefault: **error**. [Documentation](docs/rules/citation-undefined.md)" }, "consent-missing": { "$ref": "#/$defs/severity", "title": "consent-missing", "description": "The document says whether the patient consented. Default: warning.", "markdownDescription": "The document says whether the patient consented.\n\nDefault: **warning**. [Documentation](docs/rules/consent-missing.md)" }, "corresponding-author": { "$ref": "#/$defs/severity", "title": "corresponding-author", "description": "Exactly one author is the corresponding author. Default: warning.", "markdownDescription": "Exactly one author is the corresponding author.\n\nDefault: **warning**. [Documentation](docs/rules/corresponding-author.md)" }, "dates-order": { "$ref": "#/$defs/severity", "title": "dates-order", "description": "Editorial dates run submitted, accepted, published, and no period ends before it starts. Default: warning.", "markdownDescription": "Editorial dates run submitted, accepted, published, and no `period` ends before it starts.\n\nDefault: **warning**. [Documentation](docs/rules/dates-order.md)" }, "deidentification-missing": { "$ref": "#/$defs/severity", "title": "deidentification-missing", "description": "The document carries a de-identification statement. Default: error.", "markdownDescription": "The document carries a de-identification statement.\n\nDefault: **error**. [Documentation](docs/rules/deidentification-missing.md)" }, "doi-format": { "$ref": "#/$defs/severity", "title": "doi-format", "description": "A doi looks like 10.<4-9 digits>/<suffix>. Default: warning.", "markdownDescription": "A `doi` looks like `10.<4-9 digits>/<suffix>`.\n\nDefault: **warning**. [Documentation](docs/rules/doi-format.md)" }, "drug-class-mismatch": { "$ref": "#/$defs/severity", "title": "drug-class-mismatch", "description": "A stated class is the drug's class. Default: warning.", "markdownDescription": "A stated `class` is the drug's class.\n\nDefault: **warning**. [Documentation](docs/rules/drug-class-mismatch.md)" }, "drug-unknown": { "$ref": "#/$defs/severity", "title": "drug-unknown", "description": "Each drug is in the knowledge base (or added under drugs here). Default: warning.", "markdownDescription": "Each `drug` is in the knowledge base (or added under `drugs` here).\n\nDefault: **warning**. [Documentation](docs/rules/drug-unknown.md)" }, "framework-unknown": { "$ref": "#/$defs/severity", "title": "framework-unknown", "description": "Framework ids (and therapy values) are known (or added under frameworks here). Default: warning.", "markdownDescription": "Framework ids (and `therapy` values) are known (or added under `frameworks` here).\n\nDefault: **warning**. [Documentation](docs/rules/framework-unknown.md)" }, "ketamine-dose-range": { "$ref": "#/$defs/severity", "title": "ketamine-dose-range", "description": "Each ketamine or esketamine administration stays under the ceiling for its route (see ketamine.ceilings). Default: warning.", "markdownDescription": "Each ketamine or esketamine administration stays under the ceiling for its route (see `ketamine.ceilings`).\n\nDefault: **warning**. [Documentation](docs/rules/ketamine-dose-range.md)" }, "perspective-duplicate": { "$ref": "#/$defs/severity", "title": "perspective-duplicate", "description": "No two perspectives share a framework and an author. Default: warning.", "markdownDescription": "No two perspectives share a framework and an author.\n\nDefault: **warning**. [Documentation](docs/rules/perspective-duplicate.md)" }, "perspective-label-mismatch": { "$ref": "#/$defs/severity", "title": "perspective-label-mismatch", "description": "A perspective's label names the framework it declares. Default: info.", "markdownDescription": "A perspective's label names the framework it declares.\n\nDefault: **info**. [Documentation](docs/rules/perspective-label-mismatch.md)" }, "perspective-unattributed": { "$ref": "#/$defs/severity", "title": "perspective-unattributed", "description": "Each perspective names its author. Default: error.", "markdownDescription": "Each perspective names its author.\n\nDefault: **error**. [Documentation](docs/rules/perspective-unattributed.md)" }, "perspective-unlabeled": { "$ref": "#/$defs/severity", "title": "perspective-unlabeled", "description": "Each perspective has a label and a framework. Default: error.", "markdownDescription": "Each perspective has a label and a framework.\n\nDefault: **error**. [Documentation](docs/rules/perspective-unlabeled.md)" }, "perspectives-too-few": { "$ref": "#/$defs/severity", "title": "perspectives-too-few", "description": "A cross-talk article has at least 2 perspectives. Default: error.", "markdownDescription": "A `cross-talk` article has at least 2 perspectives.\n\nDefault: **error**. [Documentation](docs/rules/perspectives-too-few.md)" }, "phi-age": { "$ref": "#/$defs/severity", "title": "phi-age", "description": "Ages over 89 are written 90+. Default: warning.", "markdownDescription": "Ages over 89 are written `90+`.\n\nDefault: **warning**. [Documentation](docs/rules/phi-age.md)" }, "phi-contact": { "$ref": "#/$defs/severity", "title": "phi-contact", "description": "Patient-facing prose holds no phone or fax numbers, email addresses, URLs or IP addresses. Default: error.", "markdownDescription": "Patient-facing prose holds no phone or fax numbers, email addresses, URLs or IP addresses.\n\nDefault: **error**. [Documentation](docs/rules/phi-contact.md)" }, "phi-date": { "$ref": "#/$defs/severity", "title": "phi-date", "description": "Patient-facing prose holds no full dates. Default: warning.", "markdownDescription": "Patient-facing prose holds no full dates.\n\nDefault: **warning**. [Documentation](docs/rules/phi-date.md)" }, "phi-identifier": { "$ref": "#/$defs/severity", "title": "phi-identifier", "description": "Patient-facing prose holds no SSNs, record, health plan or account numbers. Default: error.", "markdownDescription": "Patient-facing prose holds no SSNs, record, health plan or account numbers.\n\nDefault: **error**. [Documentation](docs/rules/phi-identifier.md)" }, "phi-location": { "$ref": "#/$defs/severity", "title": "phi-location", "description": "Patient-facing prose holds no street addresses or ZIP codes. Default: warning.", "markdownDescription": "Patient-facing prose holds no street addresses or ZIP codes.\n\nDefault: **warning**. [Documentation](docs/rules/phi-location.md)" }, "phi-name": { "$ref": "#/$defs/severity", "title": "phi-name", "description": "Patient-facing prose holds no personal names with titles, and the alias is a pseudonym. Default: warning.", "markdownDescription": "Patient-facing prose holds no personal names with titles, and the alias is a pseudonym.\n\nDefault: **warning**. [Documentation](docs/rules/phi-name.md)" }, "procedure-course-short": { "$ref": "#/$defs/severity", "title": "procedure-course-short", "description": "ECT and rTMS courses are long enough to judge. Default: info.", "markdownDescription": "ECT and rTMS courses are long enough to judge.\n\nDefault: **info**. [Documentation](docs/rules/procedure-course-short.md)" }, "quantity-format": { "$ref": "#/$defs/severity", "title": "quantity-format", "description": "Doses, durations and delays are written <number> <unit> with an accepted unit. Default: error.", "markdownDescription": "Doses, durations and delays are written `<number> <unit>` with an accepted unit.\n\nDefault: **error**. [Documentation](docs/rules/quantity-format.md)" }, "reference-duplicate": { "$ref": "#/$defs/severity", "title": "reference-duplicate", "description": "Reference ids are unique. Default: error.", "markdownDescription": "Reference ids are unique.\n\nDefault: **error**. [Documentation](docs/rules/reference-duplicate.md)" }, "reference-order": { "$ref": "#/$defs/severity", "title": "reference-order", "description": "References are listed in order of first citation. Default: hint.", "markdownDescription": "References are listed in order of first citation.\n\nDefault: **hint**. [Documentation](docs/rules/reference-order.md)" }, "reference-unused": { "$ref": "#/$defs/severity", "title": "reference-unused", "description": "Each reference is cited. Default: warning.", "markdownDescription": "Each reference is cited.\n\nDefault: **warning**. [Documentation](docs/rules/reference-unused.md)" }, "schema": { "$ref": "#/$defs/severity", "title": "schema", "description": "The document follows the case-report schema: required keys, types, allowed values, no unknown keys. Default: error.", "markdownDescription": "The document follows the case-report schema: required keys, types, allowed values, no unknown keys.\n\nDefault: **error**. [Documentation](docs/rules/schema.md)" }, "trd-criteria-unmet": { "$ref": "#/$defs/severity", "title": "trd-criteria-unmet", "description": "A treatment-resistance claim is backed by at least 2 adequate antidepressant trials. Default: warning.", "markdownDescription": "A treatment-resistance claim is backed by at least 2 adequate antidepressant trials.\n\nDefault: **warning**. [Documentation](docs/rules/trd-criteria-unmet.md)" }, "trial-dose-above-max": { "$ref": "#/$defs/severity", "title": "trial-dose-above-max", "description": "Daily doses stay within the drug's usual maximum. Default: warning.", "markdownDescription": "Daily doses stay within the drug's usual maximum.\n\nDefault: **warning**. [Documentation](docs/rules/trial-dose-above-max.md)" }, "trial-dose-inadequate": { "$ref": "#/$defs/severity", "title": "trial-dose-inadequate", "description": "Drug trials reach the drug's minimum adequate daily dose. Default: warning.", "markdownDescription": "Drug trials reach the drug's minimum adequate daily dose.\n\nDefault: **warning**. [Documentation](docs/rules/trial-dose-inadequate.md)" }, "trial-duration-inadequate": { "$ref": "#/$defs/severity", "title": "trial-duration-inadequate", "description": "Antidepressant and augmentation trials last at least the minimum adequate duration. Default: warning.", "markdownDescription": "Antidepressant and augmentation trials last at least the minimum adequate duration.\n\nDefault: **warning**. [Documentation](docs/rules/trial-duration-inadequate.md)" }, "trial-unassessable": { "$ref": "#/$defs/severity", "title": "trial-unassessable", "description": "Drug trials give a dose and a duration, so their adequacy can be judged. Default: info.", "markdownDescription": "Drug trials give a `dose` and a `duration`, so their adequacy can be judged.\n\nDefault: **info**. [Documentation](docs/rules/trial-unassessable.md)" }, "yaml-syntax": { "$ref": "#/$defs/severity", "title": "yaml-syntax", "description": "The file is one well-formed YAML document with no repeated keys. Default: error.", "markdownDescription": "The file is one well-formed YAML document with no repeated keys.\n\nDefault: **error**. [Documentation](docs/rules/yaml-syntax.md)" } } }, "adequacy": { "type": "object", "title": "Adequacy", "description": "How an adequate antidepressant trial is defined.", "markdownDescription": "How an adequate antidepressant trial is defined.", "additionalProperties": false, "properties": { "minimum_weeks": { "type": "number", "exclusiveMinimum": 0, "maximum": 104, "title": "Minimum weeks", "description": "The minimum adequate trial duration in weeks (default 6; some definitions use 8).", "markdownDescription": "The minimum adequate trial duration in weeks (default `6`; some definitions use `8`).", "examples": [6, 8] } } }, "drugs": { "type": "array", "title": "Drugs", "description": "Drugs to add to the knowledge base, or to override by name.", "markdownDescription": "Drugs to add to the knowledge base, or to override by `name`.", "items": { "type": "object", "title": "Drug", "description": "One drug.", "markdownDescription": "One drug.", "additionalProperties": false, "required": ["name"], "examples": [{ "name": "zuranolone", "class": "other", "min_dose": "50 mg/day", "max_dose": "50 mg/day" }], "properties": { "name": { "type": "string", "pattern": "\\S", "title": "Name", "description": "The generic name.", "markdownDescription": "The generic name.", "examples": ["zuranolone"] }, "class": { "type": "string", "title": "Class", "description": "The drug's class, as in a case document's class.", "markdownDescription": "The drug's class, as in a case document's `class`.", "examples": ["SNRI"], "enum": ["SSRI", "SNRI", "TCA", "MAOI", "atypical antidepressant", "serotonin modulator", "NMDA antagonist", "second-generation antipsychotic", "mood stabilizer", "anticonvulsant", "thyroid hormone", "stimulant", "dopamine agonist", "beta blocker", "anxiolytic", "other", "NDRI", "NaSSA", "SARI", "NRI", "TeCA", "RIMA", "SGA"], "enumDescriptions": ["Selective serotonin reuptake inhibitor: citalopram, escitalopram, fluoxetine, paroxetine, sertraline, fluvoxamine.", "Serotonin-norepinephrine reuptake inhibitor: venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran.", "Tricyclic antidepressant: amitriptyline, nortriptyline, imipramine, desipramine, clomipramine, doxepin and others.", "Monoamine oxidase inhibitor: phenelzine, tranylcypromine, isocarboxazid, selegiline, moclobemide.", "Bupropion, mirtazapine, trazodone, nefazodone, agomelatine, tianeptine, reboxetine, mianserin.", "Vilazodone, vortioxetine (trazodone and nefazodone are accepted here too).", "Ketamine, esketamine, dextromethorphan-bupropion.", "Aripiprazole, brexpiprazole, cariprazine, quetiapine, olanzapine, olanzapine-fluoxetine, risperidone, lurasidone.", "Lithium.", "Lamotrigine, valproate, carbamazepine, topiramate.", "Liothyronine (T3), levothyroxine (T4).", "Methylphenidate, lisdexamfetamine, amphetamine, modafinil, armodafinil.", "Pramipexole, ropinirole.", "Pindolol.", "Buspirone.", "Anything else; never reported as a class mismatch.", "Norepinephrine-dopamine reuptake inhibitor (bupropion); a synonym of atypical antidepressant.", "Noradrenergic and specific serotonergic antidepressant (mirtazapine); a synonym of atypical antidepressant.", "Serotonin antagonist and reuptake inhibitor (trazodone, nefazodone).", "Norepinephrine reuptake inhibitor (reboxetine); a synonym of atypical antidepressant.", "Tetracyclic antidepressant (amoxapine, maprotiline, mianserin).", "Reversible inhibitor of monoamine oxidase A (moclobemide); a synonym of MAOI.", "Second-generation antipsychotic; a synonym of second-generation antipsychotic."] }, "min_dose": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$", "title": "Minimum adequate dose", "description": "The minimum adequate daily dose, <number> <unit>.", "markdownDescription": "The minimum adequate daily dose, `<number> <unit>`.", "examples": ["50 mg/day"] }, "max_dose": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$", "title": "Maximum dose", "description": "The usual maximum daily dose, <number> <unit>.", "markdownDescription": "The usual maximum daily dose, `<number> <unit>`.", "examples": ["50 mg/day"] }, "brands": { "type": "array", "title": "Brands", "description": "Brand names that resolve to this drug.", "markdownDescription": "Brand names that resolve to this drug.", "items": { "type": "string", "pattern": "\\S", "title": "Brand", "description": "A brand name.", "markdownDescription": "A brand name." }, "examples": [["Zurzuvae"]] }, "antidepressant": { "type": "boolean", "title": "Antidepressant", "description": "Whether trials of this drug count as antidepressant trials for adequacy and TRD.", "markdownDescription": "Whether trials of this drug count as antidepressant trials for adequacy and TRD." } } } }, "frameworks": { "type": "array", "title": "Frameworks", "description": "Extra framework ids accepted in perspectives[].framework and treatment_history[].therapy.", "markdownDescription": "Extra framework ids accepted in `perspectives[].framework` and `treatment_history[].therapy`.", "items": { "type": "string", "pattern": "^[a-z0-9-]+$", "title": "Framework id", "description": "A framework id: lower-case letters, digits and hyphens.", "markdownDescription": "A framework id: lower-case letters, digits and hyphens." }, "examples": [["schema-therapy"]] }, "ketamine": { "type": "object", "title": "Ketamine", "description": "Settings of the ketamine-dose-range rule.", "markdownDescription": "Settings of the `ketamine-dose-range` rule.", "additionalProperties": false, "properties": { "ceilings": { "type": "object", "title": "Ceilings", "description": "The largest single ketamine administration per route, <number> mg or <number> mg/kg; esketamine is the ceiling per esketamine session.", "markdownDescription": "The largest single ketamine administration per route, `<number> mg` or `<number> mg/kg`; `esketamine` is the ceiling per esketamine session.", "additionalProperties": false, "examples": [{ "intramuscular": "150 mg", "intravenous": "1 mg/kg" }], "properties": { "intravenous": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intravenous", "description": "The ceiling for one intravenous ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intravenous ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "intramuscular": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intramuscular", "description": "The ceiling for one intramuscular ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intramuscular ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "intranasal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "intranasal", "description": "The ceiling for one intranasal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one intranasal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "oral": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "oral", "description": "The ceiling for one oral ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one oral ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "sublingual": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "sublingual", "description": "The ceiling for one sublingual ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one sublingual ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "rectal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "rectal", "description": "The ceiling for one rectal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one rectal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "subcutaneous": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "subcutaneous", "description": "The ceiling for one subcutaneous ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one subcutaneous ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "transdermal": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "transdermal", "description": "The ceiling for one transdermal ketamine administration, e.g. 1 mg/kg or 150 mg.", "markdownDescription": "The ceiling for one transdermal ketamine administration, e.g. `1 mg/kg` or `150 mg`.", "examples": ["1 mg/kg"] }, "esketamine": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$", "title": "esketamine", "description": "The ceiling for esketamine per session, e.g. 84 mg.", "markdownDescription": "The ceiling for esketamine per session, e.g. `84 mg`.", "examples": ["84 mg"] } } } } } }, "$defs": { "severity": { "type": "string", "title": "Severity", "description": "The severity of a rule's findings, or off.", "markdownDescription": "The severity of a rule's findings, or `off`.", "enum": ["off", "error", "warning", "info", "hint"], "enumDescriptions": ["Do not run the rule.", "An error: the CLI exits with status 1.", "A warning.", "Information.", "A hint (shown faintly in editors)."] } } };

// server/src/schema/jsonSchema.ts
function isObject(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
function asSchema(x) {
  return isObject(x) ? x : void 0;
}
function unescapePointer(s) {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
function schemaAtPointer(root2, pointer) {
  const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  let cur = root2;
  if (p === "" || p === "/") return root2;
  for (const raw of p.split("/").slice(1)) {
    const seg = unescapePointer(decodeURIComponent(raw));
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[seg];
    else return void 0;
  }
  return asSchema(cur);
}
function resolveRef(root2, schema, depth = 0) {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#") || depth > 20) return schema;
  const target = schemaAtPointer(root2, ref);
  if (!target) return schema;
  const { $ref: _ignored, ...siblings } = schema;
  return { ...resolveRef(root2, target, depth + 1), ...siblings };
}
function pointerToPath(pointer, value) {
  if (pointer === "") return [];
  const out = [];
  let cur = value;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = unescapePointer(raw);
    if (Array.isArray(cur)) {
      const n = Number(seg);
      out.push(Number.isInteger(n) ? n : seg);
      cur = Number.isInteger(n) ? cur[n] : void 0;
    } else {
      out.push(seg);
      cur = isObject(cur) ? cur[seg] : void 0;
    }
  }
  return out;
}
function valueAt(value, path6) {
  let cur = value;
  for (const seg of path6) {
    if (Array.isArray(cur) && typeof seg === "number") cur = cur[seg];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return void 0;
  }
  return cur;
}
function pathToString(path6) {
  let s = "";
  for (const seg of path6) {
    if (typeof seg === "number") s += `[${seg}]`;
    else s += s === "" ? seg : `.${seg}`;
  }
  return s;
}
function propertyNames(schema) {
  return schema && isObject(schema.properties) ? Object.keys(schema.properties) : [];
}
function discriminatedUnion(root2, schema) {
  const oneOf = schema.oneOf;
  if (!Array.isArray(oneOf) || oneOf.length < 2) return void 0;
  const branches = [];
  for (const b of oneOf) {
    const s = asSchema(b);
    if (!s || typeof s.$ref !== "string") return void 0;
    const target = resolveRef(root2, s);
    const req = target.required;
    const key = Array.isArray(req) && typeof req[0] === "string" ? req[0] : void 0;
    if (!key || !propertyNames(target).includes(key)) return void 0;
    branches.push({ key, schemaPointer: s.$ref, schema: target });
  }
  const keys = new Set(branches.map((b) => b.key));
  return keys.size === branches.length ? { branches } : void 0;
}

// server/src/schema/explain.ts
var WRAPPERS = /* @__PURE__ */ new Set(["if", "then", "else", "oneOf", "anyOf", "allOf", "not"]);
var PATTERN_WORDS = {
  "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": "a date written YYYY-MM-DD (e.g. 2024-03-02)",
  "^[a-z0-9-]+$": "an id of lower-case letters, digits and hyphens",
  "^[A-Za-z0-9_:.-]+$": "an id of letters, digits and _ : . - (no spaces)",
  "^90\\+$": 'a whole number of years, or "90+" for ages over 89',
  "^[0-9]+$": "digits only",
  "\\S": "non-empty text",
  "^[0-9]+(\\.[0-9]+)? (mg|mcg|g|mg/day|mcg/day|g/day|mEq/L|ng/mL)$": "a dose written `<number> <unit>` with one of the units mg, mcg, g, mg/day, mcg/day, g/day, mEq/L, ng/mL (e.g. 50 mg/day)",
  "^[0-9]+(\\.[0-9]+)? (mg|mg/kg)$": "a ceiling written `<number> mg` or `<number> mg/kg` (e.g. 150 mg, 1 mg/kg)"
};
function describePattern(pattern, schema) {
  const known = PATTERN_WORDS[pattern];
  if (known) return known;
  if (pattern.includes("/") && pattern.startsWith("^[0-9]{4}")) {
    return "a period written start/end, each YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-07/2022-01)";
  }
  const ex = Array.isArray(schema?.examples) ? schema.examples[0] : void 0;
  if (typeof ex === "string") return `written like "${ex}"`;
  return `text matching ${pattern}`;
}
function typeWords(t) {
  const one = (x) => {
    switch (x) {
      case "string":
        return "text";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "object":
        return "a map (key: value lines)";
      case "array":
        return "a list (`- ` items)";
      case "null":
        return "empty";
      default:
        return String(x);
    }
  };
  return Array.isArray(t) ? t.map(one).join(" or ") : one(t);
}
function short(s) {
  const oneLine2 = s.replace(/\s+/g, " ").trim();
  return oneLine2.length > 40 ? `${oneLine2.slice(0, 39)}\u2026` : oneLine2;
}
function describeValue(v) {
  if (v === null || v === void 0) return "an empty value";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  if (typeof v === "string") return `"${short(v)}"`;
  if (typeof v === "number") return `the number ${v}`;
  return String(v);
}
function literal(v) {
  return typeof v === "string" ? v : JSON.stringify(v);
}
function label(path6) {
  if (path6.length === 0) return "the document";
  let i = path6.length - 1;
  while (i > 0 && typeof path6[i] === "number") i--;
  return `\`${pathToString(path6.slice(i))}\``;
}
function article(noun) {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
function where(path6, container) {
  if (path6.length === 0) return "at the top level";
  const title = typeof container?.title === "string" ? container.title : void 0;
  if (typeof path6[path6.length - 1] === "number" && title) return `in ${article(title.toLowerCase())}`;
  return `in \`${pathToString(path6)}\``;
}
function closest(input, candidates) {
  const near = nearest(input, candidates, 1)[0];
  if (near) return near;
  const a = input.toLowerCase();
  return candidates.find((c) => {
    const b = c.toLowerCase();
    if (a.length !== b.length || a.length < 3) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i >= a.length - 1) return false;
    let j = a.length - 1;
    while (j > i && a[j] === b[j]) j--;
    return j === i + 1 && a[i] === b[j] && a[j] === b[i];
  });
}
function parentPointer(schemaPath) {
  const i = schemaPath.lastIndexOf("/");
  return i <= 0 ? "#" : schemaPath.slice(0, i);
}
function under(instancePath, prefix) {
  return instancePath === prefix || instancePath.startsWith(prefix + "/");
}
function decideUnion(root2, e, value) {
  const at = schemaAtPointer(root2, parentPointer(e.schemaPath));
  const union = at && discriminatedUnion(root2, at);
  if (!union) return void 0;
  const path6 = pointerToPath(e.instancePath, value);
  const item = valueAt(value, path6);
  const keys = union.branches.map((b) => b.key);
  const keyList = keys.map((k) => `\`${k}\``).join(", ").replace(/, ([^,]*)$/, " or $1");
  const noun = typeof at.title === "string" ? at.title.toLowerCase() : "entry";
  const decision = { instancePath: e.instancePath, union };
  if (!isObject(item)) {
    decision.extra = {
      path: path6,
      target: "value",
      keyword: "oneOf",
      message: `${article(noun)} must be a map with ${keyList}; found ${describeValue(item)}`
    };
    return decision;
  }
  const present = Object.keys(item).filter((k) => keys.includes(k));
  if (present.length === 1) {
    decision.keep = union.branches.find((b) => b.key === present[0])?.schemaPointer;
    return decision;
  }
  if (present.length > 1) {
    decision.extra = {
      path: [...path6, present[1]],
      target: "key",
      keyword: "oneOf",
      message: `${article(noun)} is exactly one of ${keyList}; this one has ${present.map((k) => `\`${k}\``).join(" and ")} (split it into separate entries)`
    };
    return decision;
  }
  for (const k of Object.keys(item)) {
    const near = closest(k, keys);
    if (near) {
      decision.keep = union.branches.find((b) => b.key === near)?.schemaPointer;
      decision.dropOwnRequired = true;
      return decision;
    }
  }
  decision.extra = {
    path: path6,
    target: "key",
    keyword: "oneOf",
    message: `${article(noun)} needs one of ${keyList}; this one has none`
  };
  return decision;
}
function explainErrors(root2, errors, value, options = {}) {
  const decisions = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf") continue;
    const d = decideUnion(root2, e, value);
    if (d) decisions.push(d);
  }
  let kept = errors.filter((e) => {
    for (const d of decisions) {
      if (e.keyword === "oneOf" && e.instancePath === d.instancePath) return false;
      if (!under(e.instancePath, d.instancePath)) continue;
      const branch = d.union.branches.find((b) => e.schemaPath.startsWith(b.schemaPointer + "/"));
      if (!branch) continue;
      if (branch.schemaPointer !== d.keep) return false;
      if (d.dropOwnRequired && e.keyword === "required" && e.instancePath === d.instancePath && e.params.missingProperty === branch.key) {
        return false;
      }
    }
    return true;
  });
  kept = kept.filter((e) => !WRAPPERS.has(e.keyword) || !kept.some((o) => o !== e && !WRAPPERS.has(o.keyword) && under(o.instancePath, e.instancePath)));
  const elsewhere = options.formCheckedElsewhere;
  if (elsewhere) {
    kept = kept.filter((e) => {
      if (e.keyword !== "type" || e.params.type !== "string") return true;
      const path6 = pointerToPath(e.instancePath, value);
      const last = path6[path6.length - 1];
      return !(typeof last === "string" && elsewhere.has(last) && typeof valueAt(value, path6) === "number");
    });
  }
  const empty = options.emptyCheckedElsewhere;
  if (empty) {
    kept = kept.filter((e) => {
      if (e.keyword !== "type") return true;
      const path6 = pointerToPath(e.instancePath, value);
      return !(path6.length === 1 && empty.has(String(path6[0])) && valueAt(value, path6) === null);
    });
  }
  const typeAt = new Set(kept.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  kept = kept.filter((e) => e.keyword === "type" || !typeAt.has(e.instancePath) || e.keyword === "required" || e.keyword === "additionalProperties");
  const out = decisions.flatMap((d) => d.extra ? [d.extra] : []);
  for (const e of kept) {
    const p = explainOne(root2, e, value);
    if (p) out.push(p);
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((p) => {
    const k = `${JSON.stringify(p.path)}|${p.target}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function explainOne(root2, e, value) {
  const path6 = pointerToPath(e.instancePath, value);
  const here = valueAt(value, path6);
  const schema = schemaAtPointer(root2, parentPointer(e.schemaPath));
  const name = label(path6);
  switch (e.keyword) {
    case "required": {
      const key = String(e.params.missingProperty);
      const conditional = e.schemaPath.endsWith("/then/required");
      const owner = conditional ? containerFor(root2, e.schemaPath) : schema;
      const why = conditional ? conditionWords(schemaAtPointer(root2, e.schemaPath.replace(/\/then\/required$/, "/if"))) : "";
      return { path: path6, target: "key", keyword: "required", message: `missing required key \`${key}\` ${where(path6, owner)}${why}`, missingKey: key };
    }
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = propertyNames(schema);
      const suggestion = closest(key, allowed);
      const isRules = schema?.title === "Rules";
      const head = isRules ? `unknown rule \`${key}\`` : `unknown key \`${key}\` ${where(path6, schema)}`;
      let tail = "";
      if (suggestion) tail = `; did you mean \`${suggestion}\`?`;
      else if (allowed.length > 0 && allowed.length <= 12) tail = `; allowed keys: ${allowed.join(", ")}`;
      else if (isRules) tail = "; see `caselint --list-rules`";
      return {
        path: [...path6, key],
        target: "key",
        keyword: "additionalProperties",
        message: head + tail,
        suggestion,
        replacement: suggestion ? { target: "key", text: suggestion, title: `Rename \`${key}\` to \`${suggestion}\``, preferred: true } : void 0
      };
    }
    case "type": {
      const expected = e.params.type;
      const examples = Array.isArray(schema?.examples) ? schema.examples : [];
      const ex = examples[0];
      const example = expected === "string" && typeof ex === "string" && ex.length <= 30 && typeof here !== "string" ? ` like "${ex}"` : "";
      const pattern = typeof schema?.pattern === "string" ? schema.pattern : void 0;
      const canQuote = expected === "string" && (typeof here === "number" || typeof here === "boolean") && (!pattern || new RegExp(pattern, "u").test(String(here)));
      if (expected === "boolean" && typeof here === "string" && /^(yes|no|on|off|true|false|y|n)$/i.test(here.trim())) {
        const b = /^(yes|on|true|y)$/i.test(here.trim());
        return {
          path: path6,
          target: "value",
          keyword: "type",
          message: `${name} must be true or false; found ${describeValue(here)} (YAML 1.2 reads it as text; write ${String(b)})`,
          suggestion: String(b),
          replacement: { target: "value", text: { raw: String(b) }, title: `Change to ${String(b)}`, preferred: true }
        };
      }
      return {
        path: path6,
        target: "value",
        keyword: "type",
        message: `${name} must be ${typeWords(expected)}${example}; found ${describeValue(here)}${canQuote ? " (put it in quotes)" : ""}`,
        replacement: canQuote ? { target: "value", text: { quote: true }, title: "Put the value in quotes", preferred: true } : void 0
      };
    }
    case "enum": {
      const allowed = (Array.isArray(e.params.allowedValues) ? e.params.allowedValues : []).map(literal);
      const near = typeof here === "string" ? nearest(here, allowed, 3) : [];
      const swapped = typeof here === "string" && near.length === 0 ? closest(here, allowed) : void 0;
      if (swapped) near.push(swapped);
      const ordered = [...near, ...allowed.filter((a) => !near.includes(a))];
      const suggestion = near[0];
      const dym = suggestion ? ` (${didYouMean([suggestion])})` : "";
      return {
        path: path6,
        target: "value",
        keyword: "enum",
        message: `${name} must be one of: ${ordered.join(", ")}; found ${describeValue(here)}${dym}`,
        suggestion,
        replacement: suggestion ? { target: "value", text: suggestion, title: `Change to ${suggestion}`, preferred: true } : void 0
      };
    }
    case "const": {
      const want = e.params.allowedValue;
      const what = typeof schema?.title === "string" ? ` (the ${schema.title.toLowerCase()})` : "";
      return {
        path: path6,
        target: "value",
        keyword: "const",
        message: `${name} must be ${literal(want)}${what}; found ${describeValue(here)}`,
        suggestion: literal(want),
        replacement: want === null || typeof want !== "object" ? { target: "value", text: typeof want === "string" ? want : { raw: JSON.stringify(want) }, title: `Change to ${literal(want)}`, preferred: true } : void 0
      };
    }
    case "pattern":
      return { path: path6, target: "value", keyword: "pattern", message: `${name} must be ${describePattern(String(e.params.pattern), schema)}; found ${describeValue(here)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words = { minimum: "at least", maximum: "at most", exclusiveMinimum: "more than", exclusiveMaximum: "less than" }[e.keyword];
      return { path: path6, target: "value", keyword: e.keyword, message: `${name} must be ${words} ${String(e.params.limit)}; found ${describeValue(here)}` };
    }
    case "minItems":
      return { path: path6, target: "value", keyword: e.keyword, message: `${name} must hold at least ${String(e.params.limit)} item(s)` };
    case "oneOf":
    case "anyOf":
      return { path: path6, target: "value", keyword: e.keyword, message: `${name} does not match any of its allowed forms; found ${describeValue(here)}` };
    default:
      return WRAPPERS.has(e.keyword) ? void 0 : { path: path6, target: "value", keyword: e.keyword, message: `${name} is not valid here (${e.keyword})` };
  }
}
function containerFor(root2, schemaPath) {
  const m = /^(.*?)\/allOf\/\d+\/then\/required$/.exec(schemaPath);
  return m ? schemaAtPointer(root2, m[1] === "" ? "#" : m[1]) : void 0;
}
function conditionWords(ifSchema) {
  const props = asSchema(ifSchema?.properties);
  if (!props) return "";
  const parts = [];
  for (const [k, v] of Object.entries(props)) {
    const s = asSchema(v);
    if (s && "const" in s) parts.push(`\`${k}\` is \`${literal(s.const)}\``);
  }
  return parts.length ? `: required when ${parts.join(" and ")}` : "";
}

// server/src/schema/missingKeys.ts
var import_yaml8 = __toESM(require_dist());
var PROSE_KEYS = /* @__PURE__ */ new Set([
  "abstract",
  "discussion",
  "introduction",
  "course",
  "body",
  "presentation",
  "history",
  "patient_perspective"
]);
var MAX_DEPTH = 6;
function plainOrQuoted(s) {
  if (/^[A-Za-z][A-Za-z0-9 _./+-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !s.endsWith(" ")) return s;
  return JSON.stringify(s);
}
function missingKeyFixes(doc, problems, schemaAt) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of problems) {
    if (p.keyword !== "required" || p.missingKey === void 0) continue;
    const k = JSON.stringify(p.path);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const path6 = group[0].path;
    const map = editableMap(doc, path6);
    if (!map) continue;
    const site = insertionSite(doc, map);
    if (!site) continue;
    const order = Object.keys(schemaAt(path6)?.properties ?? {});
    const rank = (k) => order.includes(k) ? order.indexOf(k) : order.length;
    const keys = [...new Set(group.map((p) => p.missingKey))].sort((a, b) => rank(a) - rank(b));
    const all = keys.length > 1 ? insertFix(doc, site, path6, keys, "Add all missing keys", schemaAt) : void 0;
    for (const p of group) {
      const one = insertFix(doc, site, path6, [p.missingKey], `Add missing key \`${p.missingKey}\``, schemaAt);
      if (!all) one.preferred = true;
      out.set(p, all ? [one, all] : [one]);
    }
  }
  return out;
}
function editableMap(doc, path6) {
  let cur = doc.yaml.contents;
  for (const seg of path6) {
    if (!cur || (0, import_yaml8.isAlias)(cur)) return void 0;
    if ((0, import_yaml8.isMap)(cur)) {
      const pair = cur.items.find((it) => {
        const k = it.key;
        return String((0, import_yaml8.isScalar)(k) ? k.value : k) === String(seg);
      });
      cur = pair?.value;
    } else if ((0, import_yaml8.isSeq)(cur) && typeof seg === "number") {
      cur = cur.items[seg];
    } else {
      return void 0;
    }
  }
  return cur && (0, import_yaml8.isMap)(cur) && cur.range ? cur : void 0;
}
function insertionSite(doc, map) {
  const text = doc.text;
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const pairs = map.items;
  const last = pairs[pairs.length - 1];
  let end = -1;
  if (last) {
    for (const n of [last.key, last.value]) if (n?.range) end = Math.max(end, n.range[1]);
    while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  }
  if (map.flow) {
    if (last) return end >= 0 ? { at: end, flow: true, indent: 0, nonEmpty: true, eol } : void 0;
    const close = map.range[1] - 1;
    return text[close] === "}" ? { at: close, flow: true, indent: 0, nonEmpty: false, eol } : void 0;
  }
  const firstKey = pairs[0]?.key;
  if (!firstKey?.range || end < 0) return void 0;
  const indent = doc.lines.position(firstKey.range[0]).character;
  const line = doc.lines.position(Math.max(0, end - 1)).line;
  return { at: doc.lines.lineEnd(line), flow: false, indent, nonEmpty: true, eol };
}
function insertFix(doc, site, path6, keys, title, schemaAt) {
  let newText = "";
  let selection;
  keys.forEach((key, i) => {
    const v = site.flow ? flowValue(schemaAt, [...path6, key], key, 0) : blockValue(schemaAt, [...path6, key], key, site.indent, site.eol, 0);
    const lead = site.flow ? site.nonEmpty || i > 0 ? ", " : "" : `${site.eol}${" ".repeat(site.indent)}`;
    const keyText = `${lead}${plainOrQuoted(key)}:${v.text.startsWith(site.eol) ? "" : " "}`;
    if (!selection && v.select) selection = { start: newText.length + keyText.length + v.select.start, end: newText.length + keyText.length + v.select.end };
    newText += keyText + v.text;
  });
  if (site.flow && !site.nonEmpty) {
    const pad = /\s/.test(doc.text[site.at - 1] ?? "") ? "" : " ";
    newText = `${pad}${newText} `;
    if (selection) selection = { start: selection.start + pad.length, end: selection.end + pad.length };
  }
  const edit = { start: site.at, end: site.at, newText };
  const fix = { title, edits: [edit] };
  if (selection) fix.selection = { start: site.at + selection.start, end: site.at + selection.end };
  return fix;
}
function typeOf(info) {
  const t = info?.type;
  if (Array.isArray(t)) return t.includes("string") ? "string" : t[0];
  return t;
}
function isProse(info, key) {
  if (typeOf(info) !== "string" || info?.enum) return false;
  return PROSE_KEYS.has(String(key)) || /\bProse:/.test(`${info?.markdownDescription ?? ""} ${info?.description ?? ""}`);
}
function childKeys(info) {
  if (info?.required && info.required.length > 0) return info.required;
  return info?.discriminators?.slice(0, 1) ?? [];
}
function isMapLike(info) {
  return typeOf(info) === "object" || info?.type === void 0 && (info?.properties !== void 0 || info?.discriminators !== void 0);
}
function whole(text) {
  return { text, select: { start: 0, end: text.length } };
}
function scalar(info, fallbackExample) {
  const pick = (v) => typeof v === "string" ? plainOrQuoted(v) : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
  const text = (info?.const !== void 0 ? pick(info.const) : void 0) ?? pick(info?.enum?.[0]) ?? pick(info?.examples?.[0]) ?? pick(fallbackExample) ?? { integer: "0", number: "0", boolean: "false" }[typeOf(info) ?? ""] ?? '""';
  return whole(text);
}
function shifted(p, by) {
  return p.select && { start: p.select.start + by, end: p.select.end + by };
}
function blockValue(schemaAt, path6, key, indent, eol, depth) {
  const info = schemaAt(path6);
  if (info?.const === void 0 && !info?.enum) {
    if (isProse(info, key)) {
      const text = `|${eol}${" ".repeat(indent + 2)}`;
      return { text, select: { start: text.length, end: text.length } };
    }
    if (isMapLike(info) && depth < MAX_DEPTH) {
      const kids = childKeys(info);
      if (kids.length === 0) return whole("{}");
      return mapLines(schemaAt, path6, kids, indent + 2, eol, depth, eol + " ".repeat(indent + 2));
    }
    if (typeOf(info) === "array" && depth < MAX_DEPTH) {
      const itemPath = [...path6, 0];
      const item = schemaAt(itemPath);
      const lead = `${eol}${" ".repeat(indent + 2)}- `;
      if (isMapLike(item)) {
        const kids = childKeys(item);
        if (kids.length > 0) return mapLines(schemaAt, itemPath, kids, indent + 4, eol, depth + 1, lead);
      }
      const v = typeOf(item) === "array" || isMapLike(item) ? whole(typeOf(item) === "array" ? "[]" : "{}") : scalar(item, firstOf(info?.examples?.[0]));
      return { text: lead + v.text, select: shifted(v, lead.length) };
    }
  }
  return scalar(info);
}
function mapLines(schemaAt, path6, kids, indent, eol, depth, lead) {
  let text = "";
  let select;
  kids.forEach((k, i) => {
    const v = blockValue(schemaAt, [...path6, k], k, indent, eol, depth + 1);
    const head = `${i === 0 ? lead : eol + " ".repeat(indent)}${plainOrQuoted(k)}:${v.text.startsWith(eol) ? "" : " "}`;
    select ??= shifted(v, text.length + head.length);
    text += head + v.text;
  });
  return { text, select };
}
function flowValue(schemaAt, path6, key, depth) {
  const info = schemaAt(path6);
  if (info?.const === void 0 && !info?.enum) {
    if (isProse(info, key)) return whole('""');
    if (isMapLike(info) && depth < MAX_DEPTH) return flowMap(schemaAt, path6, childKeys(info), depth);
    if (typeOf(info) === "array" && depth < MAX_DEPTH) {
      const itemPath = [...path6, 0];
      const item = schemaAt(itemPath);
      const v = isMapLike(item) ? flowMap(schemaAt, itemPath, childKeys(item), depth + 1) : typeOf(item) === "array" ? whole("[]") : scalar(item, firstOf(info?.examples?.[0]));
      return { text: `[${v.text}]`, select: shifted(v, 1) };
    }
  }
  return scalar(info);
}
function flowMap(schemaAt, path6, kids, depth) {
  if (kids.length === 0) return whole("{}");
  let text = "{ ";
  let select;
  kids.forEach((k, i) => {
    const v = flowValue(schemaAt, [...path6, k], k, depth + 1);
    const head = `${i === 0 ? "" : ", "}${plainOrQuoted(k)}: `;
    select ??= shifted(v, text.length + head.length);
    text += head + v.text;
  });
  return { text: `${text} }`, select };
}
function firstOf(example) {
  return Array.isArray(example) ? example[0] : void 0;
}

// server/src/schema/subschema.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function toInfo(root2, raw, value, depth = 0) {
  const schema = resolveRef(root2, raw);
  const union = discriminatedUnion(root2, schema);
  if (union) return unionInfo(root2, schema, union, value, depth);
  const cacheable = value === void 0;
  if (cacheable) {
    const hit = cache2.get(schema);
    if (hit) return hit;
  }
  const info = {};
  if (typeof schema.title === "string") info.title = schema.title;
  if (typeof schema.description === "string") info.description = schema.description;
  if (typeof schema.markdownDescription === "string") info.markdownDescription = schema.markdownDescription;
  if (typeof schema.type === "string" || Array.isArray(schema.type)) info.type = schema.type;
  if (Array.isArray(schema.enum)) info.enum = [...schema.enum];
  if (Array.isArray(schema.enumDescriptions)) info.enumDescriptions = schema.enumDescriptions.map(String);
  if (Array.isArray(schema.examples)) info.examples = [...schema.examples];
  if ("const" in schema) info.const = schema.const;
  if (Array.isArray(schema.required)) info.required = schema.required.map(String);
  if (depth < 12) {
    const props = asSchema(schema.properties);
    if (props) {
      info.properties = {};
      for (const [k, v] of Object.entries(props)) {
        const s = asSchema(v);
        if (s) info.properties[k] = toInfo(root2, s, isObject(value) ? value[k] : void 0, depth + 1);
      }
    }
    const items = asSchema(schema.items);
    if (items) info.items = toInfo(root2, items, void 0, depth + 1);
    const extra = asSchema(schema.additionalProperties);
    if (extra) info.additionalProperties = toInfo(root2, extra, void 0, depth + 1);
  }
  if (cacheable) cache2.set(schema, info);
  return info;
}
function unionInfo(root2, schema, union, value, depth) {
  const present = isObject(value) ? union.branches.filter((b) => Object.prototype.hasOwnProperty.call(value, b.key)) : [];
  if (present.length === 1) {
    const chosen = toInfo(root2, present[0].schema, value, depth);
    return { ...chosen, discriminators: union.branches.map((b) => b.key) };
  }
  const merged = { type: "object", properties: {}, discriminators: union.branches.map((b) => b.key) };
  if (typeof schema.title === "string") merged.title = schema.title;
  if (typeof schema.description === "string") merged.description = schema.description;
  if (typeof schema.markdownDescription === "string") merged.markdownDescription = schema.markdownDescription;
  for (const b of union.branches) {
    const info = toInfo(root2, b.schema, void 0, depth);
    for (const [k, v] of Object.entries(info.properties ?? {})) {
      if (!merged.properties[k]) merged.properties[k] = v;
    }
  }
  return merged;
}
function subschemaIn(root2, path6, docValue) {
  let schema = root2;
  for (let i = 0; i < path6.length; i++) {
    const seg = path6[i];
    schema = resolveRef(root2, schema);
    const union = discriminatedUnion(root2, schema);
    if (union) {
      const here = docValue === void 0 ? void 0 : valueAt(docValue, path6.slice(0, i));
      const present = isObject(here) ? union.branches.filter((b) => Object.prototype.hasOwnProperty.call(here, b.key)) : [];
      const branches = present.length === 1 ? present : union.branches;
      const hit = branches.map((b) => asSchema(asSchema(b.schema.properties)?.[String(seg)])).find((s) => s !== void 0);
      if (!hit) return void 0;
      schema = hit;
      continue;
    }
    const props = asSchema(schema.properties);
    const byName = typeof seg === "string" ? asSchema(props?.[seg]) : void 0;
    if (byName) {
      schema = byName;
      continue;
    }
    if (typeof seg === "number" || /^\d+$/.test(String(seg))) {
      const items = asSchema(schema.items);
      if (items) {
        schema = items;
        continue;
      }
    }
    const extra = typeof seg === "string" ? asSchema(schema.additionalProperties) : void 0;
    if (extra) {
      schema = extra;
      continue;
    }
    return void 0;
  }
  const value = docValue === void 0 ? void 0 : valueAt(docValue, path6);
  return toInfo(root2, schema, value);
}

// server/src/schema/index.ts
var caseSchema = caseSchemaJson;
var configSchema = configSchemaJson;
var validateCaseValue = validate;
var validateConfig = validate2;
var QUANTITY_KEYS = /* @__PURE__ */ new Set(["dose", "duration", "after", "weight"]);
var EMPTY_KEYS = /* @__PURE__ */ new Set(["perspectives", "deidentification"]);
function caseProblems(value) {
  if (validateCaseValue(value)) return [];
  return explainErrors(caseSchema, validateCaseValue.errors ?? [], value, {
    formCheckedElsewhere: QUANTITY_KEYS,
    emptyCheckedElsewhere: EMPTY_KEYS
  });
}
function validateCase(doc) {
  if (doc.value === void 0) return [];
  const problems = caseProblems(doc.value);
  const inserts = missingKeyFixes(doc, problems, (path6) => subschemaAt(path6, doc.value));
  const reports = problems.map((p) => {
    const report = toReport(doc, p);
    const added = inserts.get(p);
    if (added) report.fixes = [...report.fixes ?? [], ...added];
    return report;
  });
  return reports.sort((a, b) => a.start - b.start || a.end - b.end || a.message.localeCompare(b.message));
}
function toReport(doc, p) {
  const span = doc.span(p.path, p.target);
  const report = { ...span, message: p.message, data: { keyword: p.keyword, path: p.path } };
  if (p.suggestion !== void 0) report.data.suggestion = p.suggestion;
  const fix = p.replacement && fixFor(doc, p);
  if (fix) report.fixes = [fix];
  return report;
}
function fixFor(doc, p) {
  const r = p.replacement;
  if (!r) return void 0;
  let span;
  if (r.target === "key") {
    const key = doc.pair(p.path)?.key;
    if ((0, import_yaml9.isScalar)(key) && key.range) span = { start: key.range[0], end: key.range[1] };
  } else {
    const node = doc.node(p.path);
    const isBlock = (0, import_yaml9.isScalar)(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
    if (node && !(0, import_yaml9.isAlias)(node) && (0, import_yaml9.isScalar)(node) && !isBlock && node.range) span = { start: node.range[0], end: node.range[1] };
  }
  if (!span) return void 0;
  const source = doc.text.slice(span.start, span.end);
  let newText;
  if (typeof r.text === "string" || "raw" in r.text) {
    newText = typeof r.text === "string" ? stringScalar(r.text, source) : r.text.raw;
  } else {
    newText = JSON.stringify(source);
  }
  return { title: r.title, edits: [{ ...span, newText }], preferred: r.preferred };
}
function stringScalar(text, oldSource) {
  const q = oldSource[0];
  return q === '"' ? JSON.stringify(text) : q === "'" ? `'${text.replace(/'/g, "''")}'` : plainOrQuoted(text);
}
function subschemaAt(path6, docValue) {
  return subschemaIn(caseSchema, path6, docValue);
}
function configProblems(value) {
  if (validateConfig(value)) return [];
  return explainErrors(configSchema, validateConfig.errors ?? [], value).map((p) => ({ path: p.path, target: p.target, message: p.message }));
}

// server/src/core/rules/schema.ts
var rule35 = {
  meta: {
    id: "schema",
    description: "the document follows the case-report JSON Schema",
    defaultSeverity: "error",
    category: "structure"
  },
  check(ctx) {
    if (ctx.doc.value === void 0) return;
    for (const report of ctx.shared("schema", () => validateCase(ctx.doc))) ctx.report(report);
  }
};

// server/src/core/rules/yaml-syntax.ts
var rule36 = {
  meta: {
    id: "yaml-syntax",
    description: "the file is one well-formed YAML document with no repeated keys",
    defaultSeverity: "error",
    category: "structure"
  },
  check(ctx) {
    for (const p of ctx.doc.problems) ctx.report(p);
  }
};

// server/src/core/rules/structure.ts
var structureRules = [
  rule36,
  rule35,
  rule34,
  rule32,
  rule33,
  rule27,
  rule30,
  rule31
];

// server/src/core/rules/index.ts
var RULES = [
  ...structureRules,
  ...adequacyRules,
  ...deidentificationRules,
  ...perspectivesRules,
  ...citationsRules
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
var byId = new Map(RULES.map((r) => [r.meta.id, r]));
function ruleById(id) {
  return byId.get(id);
}
function ruleMetas() {
  return RULES.map((r) => r.meta);
}
function docsPath(id) {
  return `docs/rules/${id}.md`;
}

// server/src/core/types.ts
var SEVERITIES = ["error", "warning", "info", "hint"];

// server/src/cli/args.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
var SEVERITY_SETTINGS = ["off", ...SEVERITIES];
var UsageError = class extends Error {
};
var OPTION_SPECS = [
  { names: ["-f", "--format"], value: "name", help: `output format: ${FORMATS.join(", ")} (default: stylish)` },
  { names: ["-o", "--output"], value: "file", help: "write the report to a file instead of standard output" },
  { names: ["-c", "--config"], value: "file", help: "use this configuration file (default: the nearest .caselintrc.yaml/.yml/.json)" },
  { names: ["--rule"], value: "id=severity", help: "set a rule to off|error|warning|info|hint; may repeat" },
  { names: ["--max-warnings"], value: "n", help: "exit 1 when there are more than n warnings" },
  { names: ["--quiet"], help: "report errors only" },
  { names: ["--stdin"], help: "lint standard input" },
  { names: ["--stdin-filename"], value: "name", help: "the file name standard input stands for (config lookup, reports)" },
  { names: ["--summary"], help: "print each file's treatment adequacy summary" },
  { names: ["--list-rules"], help: "list every rule with its default severity" },
  { names: ["--explain"], value: "rule-id", help: "print a rule's documentation" },
  { names: ["--print-config"], value: "file", help: "print the configuration that applies to a file" },
  { names: ["--version"], help: "print the version" },
  { names: ["-h", "--help"], help: "print this help" }
];
var ALL_NAMES = OPTION_SPECS.flatMap((s) => s.names);
function parseArgs(argv) {
  const o = {
    format: "stylish",
    rules: [],
    quiet: false,
    stdin: false,
    listRules: false,
    version: false,
    help: false,
    summary: false,
    paths: []
  };
  let i = 0;
  const takeValue = (name, inline) => {
    if (inline !== void 0) return inline;
    const v = argv[++i];
    if (v === void 0 || v.startsWith("-") && v !== "-") throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      o.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      o.paths.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? void 0 : arg.slice(eq + 1);
    const spec = OPTION_SPECS.find((s) => s.names.includes(name));
    if (!spec) {
      const hint = didYouMean(nearest(name, ALL_NAMES, 1));
      throw new UsageError(`unknown option ${name}${hint ? `; ${hint}` : ""}`);
    }
    if (!spec.value && inline !== void 0) throw new UsageError(`${name} takes no value`);
    const long = spec.names[spec.names.length - 1];
    switch (long) {
      case "--format": {
        const v = takeValue(name, inline);
        if (!FORMATS.includes(v)) {
          const hint = didYouMean(nearest(v, FORMATS, 1));
          throw new UsageError(`unknown format "${v}"; expected one of ${FORMATS.join(", ")}${hint ? ` (${hint})` : ""}`);
        }
        o.format = v;
        break;
      }
      case "--output":
        o.output = takeValue(name, inline);
        break;
      case "--config":
        o.config = takeValue(name, inline);
        break;
      case "--rule":
        o.rules.push(parseRuleOption(takeValue(name, inline)));
        break;
      case "--max-warnings": {
        const v = takeValue(name, inline);
        if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${v}"`);
        o.maxWarnings = Number(v);
        break;
      }
      case "--quiet":
        o.quiet = true;
        break;
      case "--stdin":
        o.stdin = true;
        break;
      case "--stdin-filename":
        o.stdinFilename = takeValue(name, inline);
        break;
      case "--summary":
        o.summary = true;
        break;
      case "--list-rules":
        o.listRules = true;
        break;
      case "--explain":
        o.explain = takeValue(name, inline);
        break;
      case "--print-config":
        o.printConfig = takeValue(name, inline);
        break;
      case "--version":
        o.version = true;
        break;
      case "--help":
        o.help = true;
        break;
    }
  }
  if (o.stdinFilename !== void 0 && !o.stdin) throw new UsageError("--stdin-filename goes with --stdin");
  if (o.stdin && o.paths.length > 0) throw new UsageError("--stdin lints standard input; give no paths with it");
  return o;
}
function parseRuleOption(value) {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new UsageError(`--rule needs <rule-id>=<${SEVERITY_SETTINGS.join("|")}>, not "${value}"`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  if (!SEVERITY_SETTINGS.includes(severity)) {
    const hint = didYouMean(nearest(severity, SEVERITY_SETTINGS, 1));
    throw new UsageError(`--rule ${id}: "${severity}" is not a severity; expected ${SEVERITY_SETTINGS.join(", ")}${hint ? ` (${hint})` : ""}`);
  }
  return { id, severity };
}
function helpText(version) {
  const rows = OPTION_SPECS.map((s) => [`${s.names.join(", ")}${s.value ? ` <${s.value}>` : ""}`, s.help]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `caselint ${version}: lint structured psychiatric case reports (*.case.yaml)`,
    "",
    "Usage: caselint [options] [paths or globs ...]     (default: the current folder)",
    "",
    "Folders are searched for *.case.yaml and *.case.yml, honouring .gitignore and",
    "skipping node_modules. Files named explicitly are linted as given.",
    "",
    "Options:",
    ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`),
    "",
    "Exit status: 0 no error (and warnings within --max-warnings), 1 an error or too",
    "many warnings, 2 a usage error, a bad configuration, or no file matched.",
    "Positions are 1-based; a column counts UTF-16 code units (as editors do).",
    ""
  ].join("\n");
}

// server/src/cli/configs.ts
var fs = __toESM(require("fs"));
var path = __toESM(require("path"));

// server/src/core/document.ts
var import_yaml10 = __toESM(require_dist());
var MAX_ALIAS_COUNT = 100;
var CaseDocument = class {
  constructor(text) {
    this.text = text;
    this.lines = new LineIndex(text);
    const docs = (0, import_yaml10.parseAllDocuments)(text, {
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      // Never let the library print warnings: they may quote patient text.
      logLevel: "error"
    });
    const all = Array.isArray(docs) ? docs : [];
    this.yaml = all[0] ?? new import_yaml10.Document(null);
    for (const e of this.yaml.errors ?? []) this.problems.push(problemFromYamlError(e, text));
    for (const w of this.yaml.warnings ?? []) this.problems.push(problemFromYamlError(w, text));
    for (let i = 1; i < all.length; i++) {
      const extra = all[i];
      if (!extra) continue;
      const start = extra.range?.[0] ?? 0;
      const marker = findDocumentMarker(text, start);
      this.problems.push({
        ...marker,
        message: "a case file holds one document; this is a second one (remove the `---` or split the file)"
      });
      break;
    }
    this.value = this.toValue();
    this.collectBlockScalars(this.yaml.contents, 0);
  }
  text;
  lines;
  yaml;
  /** The document as plain data; undefined when nothing usable parsed. */
  value;
  problems = [];
  /** Spans of block scalars: a `#` line inside one is content, not a comment. */
  blockScalarSpans = [];
  scalarCache;
  toValue() {
    try {
      return this.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const alias = this.firstAlias(this.yaml.contents, 0);
      const span = alias ?? { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
      const why = err instanceof Error && /alias/i.test(err.message) ? `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} references); the document was not checked further` : "the document could not be read as data; it was not checked further";
      this.problems.push({ ...span, message: why });
      return void 0;
    }
  }
  firstAlias(node, depth) {
    if (!node || depth > 200) return void 0;
    if ((0, import_yaml10.isAlias)(node)) return rangeSpan(node.range);
    if ((0, import_yaml10.isMap)(node) || (0, import_yaml10.isSeq)(node)) {
      for (const item of node.items) {
        if ((0, import_yaml10.isPair)(item)) {
          const found = this.firstAlias(item.value, depth + 1);
          if (found) return found;
        } else {
          const found = this.firstAlias(item, depth + 1);
          if (found) return found;
        }
      }
    }
    return void 0;
  }
  collectBlockScalars(node, depth) {
    if (!node || depth > 500) return;
    if ((0, import_yaml10.isScalar)(node)) {
      if ((node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") && node.range) {
        this.blockScalarSpans.push(rangeSpan(node.range));
      }
      return;
    }
    if ((0, import_yaml10.isMap)(node) || (0, import_yaml10.isSeq)(node)) {
      for (const item of node.items) {
        if ((0, import_yaml10.isPair)(item)) this.collectBlockScalars(item.value, depth + 1);
        else this.collectBlockScalars(item, depth + 1);
      }
    }
  }
  /** The plain value at a path, or undefined. */
  get(path6) {
    let cur = this.value;
    for (const seg of path6) {
      if (cur === null || typeof cur !== "object") return void 0;
      cur = cur[seg];
    }
    return cur;
  }
  /** The YAML node holding the value at a path (aliases resolved). */
  node(path6) {
    let cur = this.yaml.contents;
    for (const seg of path6) {
      cur = this.resolveAlias(cur);
      if (!cur) return void 0;
      if ((0, import_yaml10.isMap)(cur)) {
        const pair = findPair(cur, seg);
        cur = pair?.value ?? void 0;
        if (!pair) return void 0;
      } else if ((0, import_yaml10.isSeq)(cur) && typeof seg === "number") {
        cur = cur.items[seg];
      } else {
        return void 0;
      }
    }
    return this.resolveAlias(cur);
  }
  /** The pair whose key is the last segment of the path (when its parent is a map). */
  pair(path6) {
    if (path6.length === 0) return void 0;
    const parent = this.node(path6.slice(0, -1));
    const last = path6[path6.length - 1];
    if (!parent || !(0, import_yaml10.isMap)(parent)) return void 0;
    return findPair(parent, last);
  }
  has(path6) {
    if (path6.length === 0) return this.yaml.contents != null;
    const last = path6[path6.length - 1];
    if (typeof last === "string") return this.pair(path6) !== void 0;
    return this.node(path6) !== void 0;
  }
  /**
   * The span a finding about `path` should cover. `key` targets the key of the
   * pair (or the item, in a list); `value` the value, falling back to the key
   * when the value is empty or a block. A path that does not exist falls back
   * to its nearest existing ancestor's key. Never the whole document.
   */
  span(path6, target = "value") {
    for (let n = path6.length; n >= 0; n--) {
      const p = path6.slice(0, n);
      const s = n === path6.length ? this.exactSpan(p, target) : this.exactSpan(p, "key");
      if (s) return s;
    }
    return this.firstLineSpan();
  }
  exactSpan(path6, target) {
    if (path6.length === 0) {
      const contents = this.yaml.contents;
      if (contents && (0, import_yaml10.isMap)(contents)) {
        const first = contents.items[0];
        if (first?.key && first.key.range) return rangeSpan(first.key.range);
      }
      return void 0;
    }
    const last = path6[path6.length - 1];
    if (typeof last === "string") {
      const pair = this.pair(path6);
      if (!pair) return void 0;
      const key = pair.key;
      const value = pair.value;
      if (target === "value" && value && value.range && ((0, import_yaml10.isScalar)(value) || (0, import_yaml10.isAlias)(value))) {
        if ((0, import_yaml10.isScalar)(value) && value.value === null && value.range[0] === value.range[1]) {
          return key?.range ? rangeSpan(key.range) : void 0;
        }
        if ((0, import_yaml10.isScalar)(value) && (value.type === "BLOCK_LITERAL" || value.type === "BLOCK_FOLDED")) {
          return key?.range ? rangeSpan(key.range) : void 0;
        }
        return rangeSpan(value.range);
      }
      if (target === "value" && value && ((0, import_yaml10.isMap)(value) || (0, import_yaml10.isSeq)(value)) && value.flow && value.range) {
        return rangeSpan(value.range);
      }
      return key?.range ? rangeSpan(key.range) : void 0;
    }
    const node = this.node(path6);
    if (!node || !node.range) return void 0;
    if ((0, import_yaml10.isScalar)(node) || (0, import_yaml10.isAlias)(node)) return rangeSpan(node.range);
    if ((0, import_yaml10.isMap)(node)) {
      const first = node.items[0];
      const k = first?.key;
      if (k?.range) return rangeSpan(k.range);
    }
    if ((0, import_yaml10.isSeq)(node) && node.flow) return rangeSpan(node.range);
    const firstItem = (0, import_yaml10.isSeq)(node) ? node.items[0] : void 0;
    if (firstItem?.range) return rangeSpan(firstItem.range);
    return rangeSpan(node.range);
  }
  firstLineSpan() {
    for (let line = 0; line < this.lines.lineCount; line++) {
      const t = this.lines.lineText(line);
      const trimmed = t.trim();
      if (trimmed === "" || trimmed.startsWith("#") || trimmed === "---" || trimmed.startsWith("%")) continue;
      const start = this.lines.lineStart(line) + (t.length - t.trimStart().length);
      return { start, end: this.lines.lineStart(line) + t.trimEnd().length };
    }
    return { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
  }
  /** Entries of the list at `path`, each with its path. Non-lists give nothing. */
  items(path6) {
    const v = this.get(path6);
    if (!Array.isArray(v)) return [];
    return v.map((value, i) => ({ path: [...path6, i], value }));
  }
  /**
   * Every scalar value (keys excluded), depth first in document order, with
   * its path. Walked once per document and cached: several rules read it.
   */
  scalars() {
    if (this.scalarCache) return this.scalarCache;
    const out = [];
    const visit = (node, path6, depth) => {
      if (!node || depth > 500) return;
      if ((0, import_yaml10.isScalar)(node)) {
        if (node.range) {
          out.push({
            path: path6,
            node,
            span: rangeSpan(node.range),
            blockScalar: node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED"
          });
        }
        return;
      }
      if ((0, import_yaml10.isMap)(node)) {
        for (const pair of node.items) {
          const k = pair.key;
          const key = (0, import_yaml10.isScalar)(k) ? String(k.value) : String(k);
          visit(pair.value, [...path6, key], depth + 1);
        }
      } else if ((0, import_yaml10.isSeq)(node)) {
        node.items.forEach((item, i) => visit(item, [...path6, i], depth + 1));
      }
    };
    visit(this.yaml.contents, [], 0);
    this.scalarCache = out;
    return out;
  }
  /**
   * Every string scalar (keys excluded), in document order. `skip` is asked
   * about each scalar's full path; a predicate that skips a subtree answers
   * true for every path under it (e.g. by looking at `path[0]`).
   */
  stringScalars(skip) {
    const out = [];
    for (const s of this.scalars()) {
      const value = s.node.value;
      if (typeof value !== "string" || skip && skip(s.path)) continue;
      out.push({ path: s.path, node: s.node, value, span: s.span, blockScalar: s.blockScalar });
    }
    return out;
  }
  /** True when `offset` is inside a block scalar's content. */
  inBlockScalar(offset) {
    return this.blockScalarSpans.some((s) => offset > s.start && offset < s.end);
  }
  resolveAlias(node) {
    if (node && (0, import_yaml10.isAlias)(node)) {
      try {
        return node.resolve(this.yaml);
      } catch {
        return void 0;
      }
    }
    return node;
  }
};
function findPair(map, key) {
  for (const item of map.items) {
    const k = item.key;
    const kv = (0, import_yaml10.isScalar)(k) ? k.value : k;
    if (kv === key || String(kv) === String(key)) return item;
  }
  return void 0;
}
function rangeSpan(range) {
  return { start: range?.[0] ?? 0, end: range?.[1] ?? range?.[0] ?? 0 };
}
function findDocumentMarker(text, from) {
  const before = text.lastIndexOf("---", from);
  if (before >= 0) return { start: before, end: before + 3 };
  return { start: from, end: Math.min(text.length, from + 1) };
}
function problemFromYamlError(e, text) {
  let start = e.pos?.[0] ?? 0;
  let end = e.pos?.[1] ?? start;
  if (e.code === "DUPLICATE_KEY") {
    const eol = text.indexOf("\n", start);
    const m = /^(.*?)[ \t]*:(?:[ \t]|\r?$)/.exec(text.slice(start, eol === -1 ? text.length : eol));
    if (m?.[1]) end = start + m[1].length;
    const key = text.slice(start, end).replace(/^["']|["']$/g, "");
    if (key.length > 0 && key.length <= 80) {
      return { start, end, message: `the key \`${key}\` is repeated in this map; each key may appear once`, data: { yamlCode: e.code } };
    }
  }
  if (end <= start) {
    end = start;
    while (end < text.length && !/\s/.test(text[end] ?? " ")) end++;
    if (end === start) {
      if (start >= text.length && start > 0) start = Math.max(0, start - 1);
      end = Math.min(text.length, start + 1);
    }
  }
  const message = humanYamlMessage(e);
  return { start, end, message, data: { yamlCode: e.code } };
}
function humanYamlMessage(e) {
  const first = (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
  switch (e.code) {
    case "DUPLICATE_KEY":
      return "this key is repeated in the same map; each key may appear once";
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; YAML indents with spaces";
    default:
      return first.charAt(0).toLowerCase() + first.slice(1);
  }
}

// server/src/core/configFile.ts
function isJsonConfigName(fileName) {
  return /\.json$/i.test(fileName);
}
function parseConfigText(text, fileName) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const offsetBase = text.length - body.length;
  const lines = new LineIndex(text);
  const at = (span, message) => {
    const pos = lines.position(span.start + offsetBase);
    return { message, line: pos.line + 1, column: pos.character + 1 };
  };
  if (isJsonConfigName(fileName)) {
    if (body.trim() === "") return { config: {}, problems: [] };
    try {
      JSON.parse(body);
    } catch (err) {
      return { config: {}, problems: [at(jsonErrorSpan(body, err), `not valid JSON: ${jsonErrorWords(err)}`)] };
    }
  }
  const doc = new CaseDocument(body);
  if (doc.problems.length > 0) {
    return { config: {}, problems: doc.problems.map((p) => at(p, p.message)) };
  }
  const value = doc.value;
  if (value === null || value === void 0) return { config: {}, problems: [] };
  const found = configProblems(value);
  const problems = found.map((p) => at(doc.span(p.path, p.target), p.message));
  const config = found.length === 0 ? value : prune(value, found.map((p) => p.path));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}
function prune(value, paths) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const copy = JSON.parse(JSON.stringify(value));
  const dropItems = /* @__PURE__ */ new Map();
  for (const path6 of paths) {
    if (path6.length === 0) return {};
    const idx = path6.findIndex((s) => typeof s === "number");
    const cut = idx >= 0 ? path6.slice(0, idx + 1) : path6.slice(0, Math.min(path6.length, 3));
    let parent = copy;
    for (const seg of cut.slice(0, -1)) {
      parent = parent !== null && typeof parent === "object" ? parent[seg] : void 0;
    }
    const last = cut[cut.length - 1];
    if (Array.isArray(parent) && typeof last === "number") {
      const set = dropItems.get(parent) ?? /* @__PURE__ */ new Set();
      set.add(last);
      dropItems.set(parent, set);
    } else if (parent !== null && typeof parent === "object") {
      delete parent[String(last)];
    }
  }
  for (const [list, drop] of dropItems) {
    const keep = list.filter((_, i) => !drop.has(i));
    list.length = 0;
    list.push(...keep);
  }
  return copy;
}
function jsonErrorWords(err) {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/ in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "").replace(/^JSON\.parse: /, "");
}
function jsonErrorSpan(text, err) {
  const m = err instanceof Error ? err.message : "";
  const pos = /at position (\d+)/.exec(m);
  if (pos) {
    const start = Math.min(Number(pos[1]), text.length);
    return { start, end: Math.min(text.length, start + 1) };
  }
  const lc = /\(line (\d+) column (\d+)\)/.exec(m);
  if (lc) {
    const start = new LineIndex(text).offset({ line: Number(lc[1]) - 1, character: Number(lc[2]) - 1 });
    return { start, end: start + 1 };
  }
  if (/end of JSON input/i.test(m)) return { start: Math.max(0, text.length - 1), end: text.length };
  return { start: 0, end: Math.min(1, text.length) };
}

// server/src/cli/configs.ts
var ConfigResolver = class {
  constructor(overrides, explicitFile) {
    this.overrides = overrides;
    if (explicitFile !== void 0) this.explicit = { source: explicitFile, config: this.load(explicitFile) };
  }
  overrides;
  byDir = /* @__PURE__ */ new Map();
  loaded = /* @__PURE__ */ new Map();
  problems = [];
  explicit;
  forFile(file) {
    if (this.explicit) return { source: this.explicit.source, config: mergeConfigs(this.explicit.config, this.overrides) };
    return this.forDir(path.dirname(file));
  }
  forDir(dir) {
    const known = this.byDir.get(dir);
    if (known) return known;
    let resolved;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) {
        resolved = { source: candidate, config: mergeConfigs(this.load(candidate), this.overrides) };
        break;
      }
    }
    if (!resolved) {
      const parent = path.dirname(dir);
      resolved = parent === dir ? { config: mergeConfigs(this.overrides) } : this.forDir(parent);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }
  load(file) {
    const known = this.loaded.get(file);
    if (known) return known;
    let config = {};
    try {
      const parsed = parseConfigText(fs.readFileSync(file, "utf8"), file);
      for (const p of parsed.problems) this.problems.push({ file, line: p.line, column: p.column, message: p.message });
      config = parsed.config;
    } catch (e) {
      const code = e.code;
      this.problems.push({ file, line: 1, column: 1, message: `cannot read the configuration file: ${typeof code === "string" ? code : String(e)}` });
    }
    this.loaded.set(file, config);
    return config;
  }
};
function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

// server/src/cli/files.ts
var fs2 = __toESM(require("fs"));
var path2 = __toESM(require("path"));

// server/src/core/detect.ts
function isCaseFileName(fileName) {
  return /\.case\.ya?ml$/i.test(fileName);
}
function firstKeyIsCaselint(text) {
  let i = 0;
  const n = Math.min(text.length, 64 * 1024);
  while (i < n) {
    const eol = text.indexOf("\n", i);
    const line = text.slice(i, eol === -1 ? n : eol).replace(/\r$/, "");
    const t = line.trim();
    i = eol === -1 ? n : eol + 1;
    if (t === "" || t.startsWith("#") || t === "---" || t.startsWith("%")) continue;
    return /^caselint\s*:/.test(line);
  }
  return false;
}

// server/src/cli/glob.ts
function hasGlobChars(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
function matchSegment(pattern, text) {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length) {
      const c = pattern[p];
      if (c === "*") {
        starP = ++p;
        starT = t;
        continue;
      }
      const step = matchOne(pattern, p, text[t]);
      if (step > 0) {
        p += step;
        t++;
        continue;
      }
    }
    if (starP !== -1) {
      p = starP;
      t = ++starT;
      continue;
    }
    return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchOne(pattern, p, ch) {
  const c = pattern[p];
  if (c === "?") return 1;
  if (c === "\\" && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : 0;
  if (c === "[") {
    const cls = parseClass(pattern, p);
    if (cls) return cls.test(ch) ? cls.length : 0;
  }
  return c === ch ? 1 : 0;
}
function parseClass(pattern, start) {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === "!" || pattern[i] === "^") {
    negate = true;
    i++;
  }
  const ranges = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== "]" || first)) {
    first = false;
    let lo = pattern[i];
    if (lo === "\\" && i + 1 < pattern.length) lo = pattern[++i];
    let hi = lo;
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      hi = pattern[i + 2];
      if (hi === "\\" && i + 3 < pattern.length) {
        hi = pattern[i + 3];
        i++;
      }
      i += 2;
    }
    ranges.push([lo, hi]);
    i++;
  }
  if (i >= pattern.length) return void 0;
  return {
    length: i - start + 1,
    test(ch) {
      const inside = ranges.some(([lo, hi]) => ch >= lo && ch <= hi);
      return negate ? !inside && ch !== "/" : inside;
    }
  };
}
function splitPattern(pattern) {
  return pattern.split("/").filter((s) => s !== "");
}
function matchSegments(pattern, path6) {
  const memo = /* @__PURE__ */ new Map();
  const width = path6.length + 1;
  const go = (pi, si) => {
    const key = pi * width + si;
    const known = memo.get(key);
    if (known !== void 0) return known;
    let result;
    if (pi === pattern.length) result = si === path6.length;
    else if (pattern[pi] === "**") result = go(pi + 1, si) || si < path6.length && go(pi, si + 1);
    else result = si < path6.length && matchSegment(pattern[pi], path6[si]) && go(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

// server/src/cli/gitignore.ts
function parseGitignore(text) {
  const rules = [];
  for (const raw of text.split("\n")) {
    let line = trimEnd(raw, " 	\r");
    if (line === "" || line.startsWith("#")) continue;
    let negate = false;
    if (line.startsWith("!")) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith("/")) {
      dirOnly = true;
      line = trimEnd(line, "/");
    }
    if (line === "") continue;
    const anchored = line.includes("/");
    const segments = splitPattern(line);
    if (segments.length === 0) continue;
    rules.push({ negate, dirOnly, anchored, segments });
  }
  return rules;
}
function isIgnored(files, path6, isDir) {
  let ignored = false;
  for (const file of files) {
    if (file.base.length > path6.length) continue;
    let inside = true;
    for (let i = 0; i < file.base.length; i++) {
      if (file.base[i] !== path6[i]) {
        inside = false;
        break;
      }
    }
    if (!inside) continue;
    const rel = path6.slice(file.base.length);
    for (const rule37 of file.rules) {
      if (rule37.dirOnly && !isDir) continue;
      if (ruleMatches(rule37, rel)) ignored = !rule37.negate;
    }
  }
  return ignored;
}
function ruleMatches(rule37, rel) {
  if (rel.length === 0) return false;
  if (!rule37.anchored) {
    return rule37.segments.length === 1 ? matchSegment(rule37.segments[0], rel[rel.length - 1]) : matchSegments(["**", ...rule37.segments], rel);
  }
  return matchSegments(rule37.segments, rel);
}
function trimEnd(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

// server/src/cli/files.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function discoverFiles(args, cwd) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  const walker = new Walker();
  for (const arg of args.length > 0 ? args : ["."]) {
    const before = found.size;
    const abs = path2.resolve(cwd, arg);
    const st = lstatOrUndefined(abs);
    if (st === void 0 && hasGlobChars(arg)) {
      walker.glob(abs, (f) => found.add(f));
      if (found.size === before) unmatched.push({ arg, reason: "no case file matches this pattern" });
      continue;
    }
    if (st === void 0) {
      unmatched.push({ arg, reason: "no such file or folder" });
      continue;
    }
    if (isDirectory(abs, st)) {
      walker.walk(abs, (f) => found.add(f));
      if (found.size === before) unmatched.push({ arg, reason: "no *.case.yaml or *.case.yml file in this folder" });
      continue;
    }
    found.add(abs);
  }
  return { files: [...found].sort(), unmatched };
}
function lstatOrUndefined(p) {
  try {
    return fs2.lstatSync(p);
  } catch {
    return void 0;
  }
}
function isDirectory(p, st) {
  if (st.isDirectory()) return true;
  if (!st.isSymbolicLink()) return false;
  try {
    return fs2.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function segmentsOf(abs) {
  return abs.split(path2.sep).filter((s) => s !== "");
}
var Walker = class {
  gitignoreCache = /* @__PURE__ */ new Map();
  /** The .gitignore of one folder, if any (cached). */
  ignoreFileOf(dir) {
    let known = this.gitignoreCache.get(dir);
    if (known !== void 0) return known;
    known = null;
    try {
      const text = fs2.readFileSync(path2.join(dir, ".gitignore"), "utf8");
      known = { base: segmentsOf(dir), rules: parseGitignore(text) };
    } catch {
    }
    this.gitignoreCache.set(dir, known);
    return known;
  }
  /**
   * The .gitignore files that apply above `dir`: those of its ancestors up to
   * the repository root (the nearest folder holding `.git`). None when `dir`
   * is not inside a repository.
   */
  ancestorsIgnores(dir) {
    const chain = [];
    let cur = path2.dirname(dir);
    let repoRoot;
    if (fs2.existsSync(path2.join(dir, ".git"))) return [];
    while (true) {
      chain.push(cur);
      if (fs2.existsSync(path2.join(cur, ".git"))) {
        repoRoot = cur;
        break;
      }
      const parent = path2.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    if (repoRoot === void 0) return [];
    return chain.reverse().map((d) => this.ignoreFileOf(d)).filter((f) => f !== null);
  }
  /** Every *.case.yaml / *.case.yml under `root`. */
  walk(root2, add) {
    const ignores = this.ancestorsIgnores(root2);
    if (isIgnored(ignores, segmentsOf(root2), true) && ignores.length > 0) {
      this.visit(root2, [], (name, abs, isDir) => !isDir && isCaseFileName(name) && add(abs));
      return;
    }
    this.visit(root2, ignores, (name, abs, isDir) => !isDir && isCaseFileName(name) && add(abs));
  }
  /** Files under the glob's fixed prefix whose path matches it and that are case documents. */
  glob(absPattern, add) {
    const segs = absPattern.split(path2.sep);
    let fixed = 0;
    while (fixed < segs.length - 1 && !hasGlobChars(segs[fixed])) fixed++;
    const base = segs.slice(0, fixed).join(path2.sep) || path2.sep;
    const pattern = splitPattern(segs.slice(fixed).join("/"));
    let st;
    try {
      st = fs2.statSync(base);
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    const baseSegs = segmentsOf(base);
    const crossesSkipped = pattern.some((p) => SKIPPED_DIRS.has(p));
    this.visit(
      base,
      this.ancestorsIgnores(base),
      (name, abs, isDir) => {
        const rel = segmentsOf(abs).slice(baseSegs.length);
        if (!matchSegments(pattern, rel)) return;
        if (isDir) {
          if (isCaseFileName(name)) add(abs);
          return;
        }
        if (isCaseFileName(name) || /\.ya?ml$/i.test(name) && startsWithCaselintKey(abs)) add(abs);
      },
      crossesSkipped
    );
  }
  visit(dir, inherited, onEntry, enterSkipped = false) {
    const own = this.ignoreFileOf(dir);
    const ignores = own ? [...inherited, own] : inherited;
    let entries;
    try {
      entries = fs2.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const abs = path2.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = fs2.statSync(abs).isDirectory();
        } catch {
          isDir = false;
        }
        if (isDir) continue;
      }
      if (isDir && SKIPPED_DIRS.has(entry.name) && !enterSkipped) continue;
      if (isIgnored(ignores, segmentsOf(abs), isDir)) continue;
      onEntry(entry.name, abs, isDir);
      if (isDir) this.visit(abs, ignores, onEntry, enterSkipped);
    }
  }
};
function startsWithCaselintKey(file) {
  let fd;
  try {
    fd = fs2.openSync(file, "r");
    const buf = Buffer.alloc(64 * 1024);
    const n = fs2.readSync(fd, buf, 0, buf.length, 0);
    return firstKeyIsCaselint(buf.subarray(0, n).toString("utf8"));
  } catch {
    return false;
  } finally {
    if (fd !== void 0) fs2.closeSync(fd);
  }
}

// server/src/cli/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice", hint: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (results) => {
  const lines = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(r.displayPath)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.rule)}`
      ].join(",");
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}
` : "";
};

// server/src/cli/formatters/json.ts
var formatJson = (results) => {
  const out = results.map((r) => {
    const element = {
      file: r.displayPath,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn
      }))
    };
    if (r.summary !== void 0) element.summary = r.summary;
    return element;
  });
  return `${JSON.stringify(out, null, 2)}
`;
};

// server/src/cli/formatters/junit.ts
function escapeXml(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "'") out += "&apos;";
    else if (c === 9) out += "&#9;";
    else if (c === 10) out += "&#10;";
    else if (c === 13) out += "&#13;";
    else if (c < 32 || c === 65534 || c === 65535) out += "\uFFFD";
    else if (c >= 55296 && c <= 56319) {
      const next = s.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        out += ch + s[i + 1];
        i++;
      } else out += "\uFFFD";
    } else if (c >= 56320 && c <= 57343) out += "\uFFFD";
    else out += ch;
  }
  return out;
}
var formatJunit = (results) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites = [];
  for (const r of results) {
    const file = escapeXml(r.displayPath);
    const cases = [];
    if (r.diagnostics.length === 0) {
      cases.push(`    <testcase classname="${file}" name="${file}" time="0" />`);
    }
    for (const d of r.diagnostics) {
      const where2 = `${d.line}:${d.column}`;
      const name = escapeXml(`${d.rule} at ${where2}`);
      const text = escapeXml(`${r.displayPath}:${where2}: ${d.severity}: ${d.message} (${d.rule})`);
      cases.push(
        `    <testcase classname="${file}" name="${name}" time="0">`,
        `      <failure message="${escapeXml(d.message)}" type="${d.severity}">${text}</failure>`,
        "    </testcase>"
      );
    }
    const n = Math.max(1, r.diagnostics.length);
    tests += n;
    failures += r.diagnostics.length;
    suites.push(
      `  <testsuite name="${file}" tests="${n}" failures="${r.diagnostics.length}" errors="0" skipped="0" time="0">`,
      ...cases,
      "  </testsuite>"
    );
  }
  lines.push(`<testsuites name="caselint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, "</testsuites>");
  return `${lines.join("\n")}
`;
};

// server/src/cli/formatters/sarif.ts
var path3 = __toESM(require("path"));
var import_url = require("url");
var LEVEL = { error: "error", warning: "warning", info: "note", hint: "note" };
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var formatSarif = (results, options) => {
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (!index.has(d.rule)) {
        index.set(d.rule, rules.length);
        rules.push({ id: d.rule, description: d.rule, defaultSeverity: d.severity, category: "structure" });
      }
    }
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "caselint",
            version: options.version,
            informationUri: options.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: (0, import_url.pathToFileURL)(path3.join(options.packageRoot, docsPath(r.id))).href,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { category: r.category }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: results.flatMap(
          (r) => r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeUriPath(r.displayPath) },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                }
              }
            ]
          }))
        )
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
};
function encodeUriPath(p) {
  return p.split("/").map((s) => encodeURIComponent(s)).join("/");
}

// server/src/cli/results.ts
function toDiagnostic(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1
  };
}
function countSeverities(results) {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortResults(results) {
  return results.sort((a, b) => compareStrings(a.displayPath, b.displayPath));
}

// server/src/cli/formatters/stylish.ts
var ANSI = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  underline: "\x1B[4m",
  red: "\x1B[31m",
  yellow: "\x1B[33m",
  blue: "\x1B[34m",
  gray: "\x1B[90m"
};
var SEVERITY_COLOR = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.gray };
var MAX_ALIGNED_MESSAGE = 80;
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var formatStylish = (results, options) => {
  const paint = (code, text) => options.color ? `${code}${text}${ANSI.reset}` : text;
  const out = [];
  for (const r of results) {
    if (r.diagnostics.length === 0 && r.summary === void 0) continue;
    out.push("", paint(ANSI.underline, r.displayPath));
    const rows = r.diagnostics.map((d) => ({ pos: `${d.line}:${d.column}`, d }));
    const posW = Math.max(0, ...rows.map((x) => x.pos.length));
    const sevW = Math.max(0, ...rows.map((x) => x.d.severity.length));
    const msgW = Math.min(MAX_ALIGNED_MESSAGE, Math.max(0, ...rows.map((x) => oneLine(x.d.message).length)));
    for (const { pos, d } of rows) {
      out.push(
        `  ${paint(ANSI.dim, pos.padEnd(posW))}  ${paint(SEVERITY_COLOR[d.severity], d.severity.padEnd(sevW))}  ${oneLine(d.message).padEnd(msgW)}  ${paint(ANSI.dim, d.rule)}`
      );
    }
    if (r.summary !== void 0) {
      out.push("", ...r.summary.replace(/\n$/, "").split("\n").map((l) => `  ${l}`));
    }
  }
  const c = countSeverities(results);
  const total = c.error + c.warning + c.info + c.hint;
  if (total > 0) {
    const parts = [plural(c.error, "error"), plural(c.warning, "warning")];
    if (c.info > 0) parts.push(`${c.info} info`);
    if (c.hint > 0) parts.push(plural(c.hint, "hint"));
    const color = c.error > 0 ? ANSI.red : c.warning > 0 ? ANSI.yellow : ANSI.blue;
    out.push("", paint(ANSI.bold + color, `\u2716 ${plural(total, "problem")} (${parts.join(", ")})`));
  }
  return out.length ? `${out.join("\n")}
` : "";
};
function oneLine(s) {
  return s.replace(/\r?\n/g, " ");
}

// server/src/cli/formatters/index.ts
var FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub
};

// server/src/cli/lintFile.ts
var fs3 = __toESM(require("fs"));

// server/src/core/engine.ts
var MAX_TEXT_LENGTH = 10 * 1024 * 1024;
function severityFor(rule37, config) {
  return config.rules?.[rule37.meta.id] ?? rule37.meta.defaultSeverity;
}
function lint(text, options = {}) {
  const refused = refuse(text);
  if (refused) {
    const lines = new LineIndex(text);
    const span = { start: 0, end: Math.min(lines.lineEnd(0), 200) };
    const finding = { rule: "yaml-syntax", severity: "error", ...span, range: lines.range(span), message: refused };
    return { document: new CaseDocument(""), findings: [finding], shared: /* @__PURE__ */ new Map(), failures: [] };
  }
  return lintDocument(new CaseDocument(text), options);
}
function refuse(text) {
  if (text.length > MAX_TEXT_LENGTH) {
    return `the file is larger than ${MAX_TEXT_LENGTH / (1024 * 1024)} MB; case documents are not checked beyond that size`;
  }
  if (text.indexOf("\0") !== -1) return "the file is binary (it contains NUL bytes), not a YAML case document";
  return void 0;
}
function lintDocument(doc, options = {}) {
  const config = options.config ?? {};
  const kb = knowledgeBaseFor(config);
  const shared = /* @__PURE__ */ new Map();
  const failures = [];
  const findings = [];
  const directives = parseDirectives(doc);
  for (const rule37 of options.rules ?? RULES) {
    const setting = severityFor(rule37, config);
    if (setting === "off") continue;
    const severity = setting;
    const id = rule37.meta.id;
    const ctx = {
      doc,
      config,
      kb,
      report(r) {
        const start = Math.max(0, Math.min(r.start, doc.text.length));
        const end = Math.max(start, Math.min(r.end, doc.text.length));
        const range = doc.lines.range({ start, end });
        if (directives.disables(id, range.start.line)) return;
        findings.push({ ...r, start, end, range, rule: id, severity });
      },
      shared(key, compute) {
        if (!shared.has(key)) shared.set(key, compute());
        return shared.get(key);
      }
    };
    try {
      rule37.check(ctx);
    } catch (error) {
      failures.push({ rule: id, error });
    }
  }
  findings.sort(compareFindings);
  return { document: doc, findings, shared, failures };
}
function compareFindings(a, b) {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
var DIRECTIVE = /^\s*#\s*caselint-(disable-next-line|disable)\b(.*)$/;
function parseDirectives(doc) {
  const fileWide = /* @__PURE__ */ new Set();
  let allFile = false;
  const perLine = /* @__PURE__ */ new Map();
  const { lines } = doc;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (text.indexOf("caselint-disable") === -1) continue;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    if (doc.inBlockScalar(lines.lineStart(line) + text.indexOf("#"))) continue;
    const ids = (m[2] ?? "").split(" -- ")[0].split(/[\s,]+/).filter(Boolean);
    if (m[1] === "disable") {
      if (ids.length === 0) allFile = true;
      for (const id of ids) fileWide.add(id);
    } else {
      const target = line + 1;
      if (ids.length === 0) perLine.set(target, "all");
      else {
        const existing = perLine.get(target);
        if (existing !== "all") perLine.set(target, /* @__PURE__ */ new Set([...existing ?? [], ...ids]));
      }
    }
  }
  return {
    disables(rule37, line) {
      if (rule37 === "yaml-syntax") return false;
      if (allFile || fileWide.has(rule37)) return true;
      const l = perLine.get(line);
      return l === "all" || l !== void 0 && l.has(rule37);
    }
  };
}

// server/src/cli/summary.ts
function adequacySummary(result, config) {
  try {
    return formatAdequacySummary(getAdequacy(result, config));
  } catch {
    return void 0;
  }
}

// server/src/cli/lintFile.ts
async function lintTask(task, config, options) {
  const base = { filePath: task.filePath, displayPath: task.displayPath, failures: [] };
  let text;
  if (task.text !== void 0) {
    text = task.text;
  } else {
    const read = await readCaseFile(task.filePath);
    if ("diagnostic" in read) return { ...base, diagnostics: [read.diagnostic] };
    text = read.text;
  }
  const result = lint(text, { config });
  const out = {
    ...base,
    diagnostics: result.findings.map(toDiagnostic),
    failures: result.failures.map((f) => ({ rule: f.rule, message: errorText(f.error) }))
  };
  if (options.summary) {
    const summary = adequacySummary(result, config);
    if (summary !== void 0) out.summary = summary;
  }
  return out;
}
function errorText(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
function fileFinding(message, endColumn = 1) {
  return { rule: "yaml-syntax", severity: "error", message, line: 1, column: 1, endLine: 1, endColumn };
}
async function readCaseFile(file) {
  let st;
  try {
    st = await fs3.promises.stat(file);
  } catch (e) {
    return { diagnostic: fileFinding(`cannot read the file: ${codeOf(e)}`) };
  }
  if (st.isDirectory()) return { diagnostic: fileFinding("cannot read the file: EISDIR (it is a folder)") };
  if (st.size > MAX_TEXT_LENGTH) {
    const mb = MAX_TEXT_LENGTH / (1024 * 1024);
    return {
      diagnostic: fileFinding(
        `the file is larger than ${mb} MB (${(st.size / (1024 * 1024)).toFixed(1)} MB); case documents are not checked beyond that size`,
        1 + await firstLineLength(file)
      )
    };
  }
  try {
    let text = await fs3.promises.readFile(file, "utf8");
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { text };
  } catch (e) {
    return { diagnostic: fileFinding(`cannot read the file: ${codeOf(e)}`) };
  }
}
function codeOf(e) {
  const code = e?.code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}
async function firstLineLength(file) {
  let handle;
  try {
    handle = await fs3.promises.open(file, "r");
    const buf = Buffer.alloc(200);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString("utf8").replace(/\uFFFD+$/, "");
    const eol = head.search(/[\r\n]/);
    return eol === -1 ? head.length : eol;
  } catch {
    return 0;
  } finally {
    await handle?.close();
  }
}

// server/src/cli/paths.ts
var fs4 = __toESM(require("fs"));
var path4 = __toESM(require("path"));
var root;
function packageRoot() {
  if (root !== void 0) return root;
  let dir = __dirname;
  while (true) {
    try {
      const pkg2 = JSON.parse(fs4.readFileSync(path4.join(dir, "package.json"), "utf8"));
      if (pkg2.name === "caselint") return root = dir;
    } catch {
    }
    const parent = path4.dirname(dir);
    if (parent === dir) return root = path4.join(__dirname, "..");
    dir = parent;
  }
}
var pkg;
function packageJson() {
  if (pkg) return pkg;
  try {
    pkg = JSON.parse(fs4.readFileSync(path4.join(packageRoot(), "package.json"), "utf8"));
  } catch {
    pkg = {};
  }
  return pkg;
}
function packageVersion() {
  return packageJson().version ?? "0.0.0";
}
function packageHomepage() {
  const p = packageJson();
  const repo = typeof p.repository === "string" ? p.repository : p.repository?.url;
  const url = p.homepage ?? repo?.replace(/^git\+/, "").replace(/\.git$/, "");
  return url && /^https?:\/\//.test(url) ? url : "https://example.org/caselint";
}

// server/src/cli/pool.ts
var os = __toESM(require("os"));
var import_worker_threads = require("worker_threads");
var PARALLEL_THRESHOLD = 8;
var BATCH = 16;
function workerCount(files, override) {
  if (override !== void 0 && /^\d{1,2}$/.test(override)) return Math.min(Number(override), files);
  if (files <= PARALLEL_THRESHOLD) return 0;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8, Math.ceil(files / BATCH)));
}
async function lintInWorkers(script, n, tasks, configs, options) {
  const results = [];
  let next = 0;
  const init = { caselintLintWorker: true, configs, options };
  const runOne = () => new Promise((resolve3, reject) => {
    const worker = new import_worker_threads.Worker(script, { workerData: init });
    let id = 0;
    let finished = false;
    const feed = () => {
      if (next >= tasks.length) {
        finished = true;
        void worker.terminate().then(() => resolve3(), reject);
        return;
      }
      const batch = tasks.slice(next, next + BATCH);
      next += batch.length;
      const request = { id: ++id, tasks: batch };
      worker.postMessage(request);
    };
    worker.on("message", (msg) => {
      if (msg.error !== void 0) {
        void worker.terminate();
        reject(new Error(msg.error));
        return;
      }
      results.push(...msg.results ?? []);
      feed();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!finished) reject(new Error(`a lint worker stopped early (exit code ${code})`));
    });
    feed();
  });
  await Promise.all(Array.from({ length: n }, runOne));
  return results;
}

// server/src/cli/worker.ts
var import_worker_threads2 = require("worker_threads");
function startWorker(init) {
  const port = import_worker_threads2.parentPort;
  if (!port) return;
  port.on("message", (req) => {
    Promise.all(req.tasks.map((t) => lintTask(t, init.configs[t.configIndex] ?? {}, init.options))).then(
      (results) => port.postMessage({ id: req.id, results }),
      // Only the error's name and stack frames travel: its message may quote the document.
      (e) => port.postMessage({ id: req.id, error: describeError(e) })
    );
  });
}
function describeError(e) {
  if (!(e instanceof Error)) return "a non-Error value was thrown";
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 3).map((l) => l.trim());
  return [e.name, ...frames].join(" ");
}

// server/src/cli/main.ts
function defaultIo() {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}
async function run(argv, io = {}) {
  const full = { ...defaultIo(), ...io };
  if (full.stdout === process.stdout) ignoreEpipe();
  try {
    return await runWith(parseArgs(argv), full);
  } catch (e) {
    if (e instanceof UsageError) {
      full.stderr.write(`caselint: ${e.message}
Run caselint --help for the options.
`);
      return 2;
    }
    throw e;
  }
}
async function runWith(options, io) {
  if (options.help) {
    io.stdout.write(helpText(packageVersion()));
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}
`);
    return 0;
  }
  const overrides = ruleOverrides(options.rules);
  if (options.listRules) return listRules(options, io);
  if (options.explain !== void 0) return explain(options.explain, io);
  const resolver = new ConfigResolver(overrides, options.config === void 0 ? void 0 : path5.resolve(io.cwd, options.config));
  if (options.printConfig !== void 0) {
    const resolved = resolver.forFile(path5.resolve(io.cwd, options.printConfig));
    if (resolver.problems.length) return configProblems2(resolver.problems, io);
    io.stdout.write(`${JSON.stringify(effectiveConfig(resolved.config), null, 2)}
`);
    return 0;
  }
  let tasks;
  const configs = [];
  const configIndex = /* @__PURE__ */ new Map();
  const indexOf = (c) => {
    let i = configIndex.get(c);
    if (i === void 0) {
      i = configs.push(c) - 1;
      configIndex.set(c, i);
    }
    return i;
  };
  if (options.stdin) {
    const filePath = options.stdinFilename !== void 0 ? path5.resolve(io.cwd, options.stdinFilename) : path5.join(io.cwd, "<stdin>");
    const text = stripBom(await readAll(io.stdin));
    const { config } = resolver.forFile(filePath);
    const displayPath = options.stdinFilename !== void 0 ? displayPathOf(filePath, io.cwd) : "<stdin>";
    tasks = [{ filePath, displayPath, configIndex: indexOf(config), text }];
  } else {
    const discovery = discoverFiles(options.paths, io.cwd);
    if (discovery.unmatched.length > 0 || discovery.files.length === 0) {
      for (const u of discovery.unmatched) io.stderr.write(`caselint: ${u.arg}: ${u.reason}
`);
      if (discovery.unmatched.length === 0) io.stderr.write("caselint: no case file to lint\n");
      return 2;
    }
    tasks = discovery.files.map((filePath) => ({
      filePath,
      displayPath: displayPathOf(filePath, io.cwd),
      configIndex: indexOf(resolver.forFile(filePath).config)
    }));
  }
  if (resolver.problems.length) return configProblems2(resolver.problems, io);
  const lintOptions = { summary: options.summary };
  const workers = workerCount(tasks.length, io.env.CASELINT_WORKERS);
  const results = workers > 0 ? await lintInWorkers(__filename, workers, tasks, configs, lintOptions) : await lintHere(tasks, configs, lintOptions);
  sortResults(results);
  for (const r of results) {
    for (const f of r.failures) {
      const detail = io.env.CASELINT_DEBUG ? `: ${f.message}` : " (set CASELINT_DEBUG=1 for details)";
      io.stderr.write(`caselint: rule ${f.rule} failed on ${r.displayPath}${detail}
`);
    }
  }
  const counts = countSeverities(results);
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") })) : results;
  const color = options.output === void 0 && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const report = FORMATTERS[options.format](shown, {
    color,
    version: packageVersion(),
    informationUri: packageHomepage(),
    packageRoot: packageRoot(),
    rules: ruleMetas()
  });
  if (options.output !== void 0) {
    const out = path5.resolve(io.cwd, options.output);
    try {
      fs5.mkdirSync(path5.dirname(out), { recursive: true });
      fs5.writeFileSync(out, report);
    } catch (e) {
      io.stderr.write(`caselint: cannot write ${options.output}: ${e.code ?? String(e)}
`);
      return 2;
    }
  } else if (report !== "") {
    io.stdout.write(report);
  }
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== void 0 && counts.warning > options.maxWarnings) {
    io.stderr.write(`caselint: too many warnings (${counts.warning}; --max-warnings allows ${options.maxWarnings})
`);
    return 1;
  }
  return 0;
}
async function lintHere(tasks, configs, options) {
  const results = [];
  for (const t of tasks) results.push(await lintTask(t, configs[t.configIndex] ?? {}, options));
  return results;
}
function ruleOverrides(rules) {
  if (rules.length === 0) return {};
  const out = {};
  for (const { id, severity } of rules) {
    if (!ruleById(id)) throw new UsageError(`--rule: unknown rule "${id}"${suggestRule(id)}`);
    out[id] = severity;
  }
  return { rules: out };
}
function suggestRule(id) {
  const hint = didYouMean(nearest(id, RULES.map((r) => r.meta.id)));
  return hint ? `; ${hint}` : " (caselint --list-rules lists them)";
}
function listRules(options, io) {
  const metas = ruleMetas();
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(metas, null, 2)}
`);
    return 0;
  }
  const idW = Math.max(...metas.map((m) => m.id.length));
  const catW = Math.max(...metas.map((m) => m.category.length));
  const lines = metas.map((m) => `${m.id.padEnd(idW)}  ${m.defaultSeverity.padEnd(7)}  ${m.category.padEnd(catW)}  ${m.description}`);
  io.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
function explain(id, io) {
  const rule37 = ruleById(id);
  if (!rule37) {
    io.stderr.write(`caselint: --explain: unknown rule "${id}"${suggestRule(id)}
`);
    return 2;
  }
  try {
    io.stdout.write(fs5.readFileSync(path5.join(packageRoot(), docsPath(id)), "utf8"));
  } catch {
    const m = rule37.meta;
    io.stdout.write(`# \`${m.id}\`
Default severity: **${m.defaultSeverity}** \xB7 Category: ${m.category}

${m.description}
`);
  }
  return 0;
}
function effectiveConfig(config) {
  const rules = {};
  for (const r of RULES) rules[r.meta.id] = config.rules?.[r.meta.id] ?? r.meta.defaultSeverity;
  for (const [id, s] of Object.entries(config.rules ?? {})) if (!(id in rules)) rules[id] = s;
  return { ...config, rules };
}
function configProblems2(problems, io) {
  for (const p of problems) io.stderr.write(`${displayPathOf(p.file, io.cwd)}:${p.line}:${p.column}: ${p.message}
`);
  io.stderr.write(`caselint: the configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}; nothing was linted
`);
  return 2;
}
function displayPathOf(file, cwd) {
  const rel = path5.relative(cwd, file) || path5.basename(file);
  return rel.split(path5.sep).join("/");
}
var epipeHandled = false;
function ignoreEpipe() {
  if (epipeHandled) return;
  epipeHandled = true;
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
if (!import_worker_threads3.isMainThread && import_worker_threads3.workerData?.caselintLintWorker === true) {
  startWorker(import_worker_threads3.workerData);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defaultIo,
  run
});
