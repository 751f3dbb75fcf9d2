// The wasm features of this build, for wasm-opt (scripts/post-build.mjs) and for the
// first screen's old-browser check (www/index.html, checked by the hook and a test).
import { execFileSync } from "node:child_process";

/**
 * The wasm features rustc enables for wasm32-unknown-unknown (its defaults: the build
 * sets none), as binaryen names them: wasm-opt must accept what rustc emitted, and may
 * use nothing more. The stripped wasm no longer says (no target_features section).
 */
export function wasmFeatures(root) {
  const binaryen = {
    "bulk-memory": "bulk-memory",
    "bulk-memory-opt": "bulk-memory-opt",
    "call-indirect-overlong": "call-indirect-overlong",
    "extended-const": "extended-const",
    multivalue: "multivalue",
    "mutable-globals": "mutable-globals",
    "nontrapping-fptoint": "nontrapping-float-to-int",
    "reference-types": "reference-types",
    "sign-ext": "sign-ext",
    simd128: "simd",
    "tail-call": "tail-call",
  };
  const cfg = execFileSync("rustc", ["--print", "cfg", "--target", "wasm32-unknown-unknown"], { cwd: root, encoding: "utf8" });
  return [...cfg.matchAll(/^target_feature="([^"]+)"$/gm)].map(([, f]) => {
    if (!binaryen[f]) throw new Error(`rustc enables the wasm feature ${f}, which scripts/wasm-features.mjs does not know`);
    return binaryen[f];
  });
}

/**
 * A feature as `wasmFeatures` names it, as a flag of binaryen.js's `Features`; as its
 * `--enable-bulk-memory` does, bulk-memory brings bulk-memory-opt with it.
 */
export function binaryenFeature(binaryen, name) {
  const F = binaryen.Features;
  const flag = {
    "bulk-memory": F.BulkMemory | F.BulkMemoryOpt,
    "bulk-memory-opt": F.BulkMemoryOpt,
    "call-indirect-overlong": F.CallIndirectOverlong,
    "extended-const": F.ExtendedConst,
    multivalue: F.Multivalue,
    "mutable-globals": F.MutableGlobals,
    "nontrapping-float-to-int": F.NontrappingFPToInt,
    "reference-types": F.ReferenceTypes,
    "sign-ext": F.SignExt,
    simd: F.SIMD128,
    "tail-call": F.TailCall,
  }[name];
  if (flag === undefined) throw new Error(`scripts/wasm-features.mjs: no binaryen.js flag for the wasm feature ${name}`);
  return flag;
}
