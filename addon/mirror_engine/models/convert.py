"""Our TF.js-graph -> ONNX converter, for the small op sets of the analysis
and keypoint models (Conv2D, depthwise, fused variants, Add/AddN/Mul/Min/Max,
Relu/Relu6, MaxPool, Mean, MatMul, Reshape, ResizeBilinear, Sigmoid, Softmax).

A model may be *cut*: converted from given inner tensors to given inner
outputs. MoveNet is converted up to its heatmaps and regressions; its
post-processing (arg-max, gathers, integer maths) is decoded in numpy, where
it is a few lines (vision/pose.py) instead of a dozen more converter ops.

TF.js graphs are NHWC; ONNX convolutions are NCHW. 4-D tensors are carried
as NCHW inside the graph (inputs transposed once at the start); constants are
rearranged offline; tensors go back to NHWC only where the layout matters
(Reshape, and 4-D outputs).
"""

from __future__ import annotations

import graphlib
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray
from onnx import TensorProto, helper, numpy_helper

from .tfjs import GraphModel, Node

OPSET = 17
NHWC_TO_NCHW = [0, 3, 1, 2]
NCHW_TO_NHWC = [0, 2, 3, 1]
BINARY = {
    "Add": "Add",
    "AddV2": "Add",
    "Mul": "Mul",
    "Sub": "Sub",
    "RealDiv": "Div",
    "Minimum": "Min",
    "Maximum": "Max",
}
UNARY = {
    "Relu": "Relu",
    "Sigmoid": "Sigmoid",
    "Tanh": "Tanh",
    "Elu": "Elu",
    "Exp": "Exp",
    "Abs": "Abs",  # MobileFaceNet's PReLU: relu(x) + alpha * (x - |x|) / 2
}


class UnsupportedOpError(ValueError):
    pass


def _base(ref: str) -> str:
    return ref.lstrip("^").split(":")[0]


class Converter:
    def __init__(
        self,
        model: GraphModel,
        inputs: dict[str, tuple[int, ...]] | None = None,
        outputs: tuple[str, ...] = (),
    ) -> None:
        self.model = model
        self.cut_inputs = inputs or {}  # inner node -> NHWC shape, fed as float32
        self.cut_outputs = outputs
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[TensorProto] = []
        self.inputs: list[onnx.ValueInfoProto] = []
        self.consts: dict[str, NDArray[Any]] = {}
        self.tensor: dict[str, str] = {}  # TF node -> ONNX tensor carrying its value
        self.nchw: set[str] = set()  # ONNX tensors held in NCHW layout
        self._n = 0

    # -- helpers ---------------------------------------------------------------
    def fresh(self, hint: str) -> str:
        self._n += 1
        return f"{hint}__{self._n}"

    def emit(self, op: str, inputs: list[str], hint: str, **attrs: Any) -> str:
        out = self.fresh(hint)
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def init(self, value: NDArray[Any], hint: str) -> str:
        name = self.fresh(hint)
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def value(self, ref: str) -> str:
        base = _base(ref)
        if base in self.consts:
            return self.init(self.consts[base], base)
        return self.tensor[base]

    def const(self, ref: str) -> NDArray[Any]:
        base = _base(ref)
        if base not in self.consts:
            raise UnsupportedOpError(f"expected a constant for {ref}")
        return self.consts[base]

    def to_nhwc(self, name: str) -> str:
        if name not in self.nchw:
            return name
        return self.emit("Transpose", [name], "nhwc", perm=NCHW_TO_NHWC)

    def set(self, node: Node, out: str, nchw: bool) -> None:
        self.tensor[node.name] = out
        if nchw:
            self.nchw.add(out)

    # -- ops ---------------------------------------------------------------------
    def placeholder(self, node: Node) -> None:
        dims = [int(d.get("size", -1)) for d in node.attr["shape"]["shape"].get("dim", [])]
        # the batch is always free: both hands go through in one run
        shape: list[int | str] = ["batch" if d < 0 or i == 0 else d for i, d in enumerate(dims)]
        self.inputs.append(helper.make_tensor_value_info(node.name, TensorProto.FLOAT, shape))
        if len(dims) == 4:
            self.set(node, self.emit("Transpose", [node.name], "nchw", perm=NHWC_TO_NCHW), True)
        else:
            self.set(node, node.name, False)

    def cut_input(self, name: str, shape: tuple[int, ...]) -> None:
        dims: list[int | str] = ["batch", *shape[1:]]
        self.inputs.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, dims))
        if len(shape) == 4:
            self.tensor[name] = self.emit("Transpose", [name], "nchw", perm=NHWC_TO_NCHW)
            self.nchw.add(self.tensor[name])
        else:
            self.tensor[name] = name

    def _padding(self, node: Node) -> dict[str, Any]:
        padding = node.s("padding", "VALID")
        if padding == "SAME":
            return {"auto_pad": "SAME_UPPER"}
        if padding == "EXPLICIT":
            p = node.ints("explicit_paddings")  # NHWC pairs
            return {"pads": [p[2], p[4], p[3], p[5]]}
        return {"pads": [0, 0, 0, 0]}

    def conv(self, node: Node) -> None:
        x = self.tensor[_base(node.inputs[0])]
        w = self.const(node.inputs[1])
        depthwise = "Depthwise" in node.op
        weight: NDArray[Any]
        if depthwise:  # HWCM -> (C*M)1HW, one group per input channel
            h, wd, c, m = w.shape
            weight, group = w.transpose(2, 3, 0, 1).reshape(c * m, 1, h, wd), c
        else:  # HWIO -> OIHW
            weight, group = w.transpose(3, 2, 0, 1), 1
        fused = node.strings("fused_ops")
        inputs = [x, self.init(weight.astype(np.float32), "w")]
        if fused and fused[0] == "BiasAdd":
            inputs.append(self.init(self.const(node.inputs[2]).astype(np.float32), "b"))
            fused = fused[1:]
        elif fused:
            raise UnsupportedOpError(f"{node.op} fused {fused}")
        strides = node.ints("strides")[1:3] or [1, 1]
        dilations = node.ints("dilations")[1:3] or [1, 1]
        out = self.emit(
            "Conv",
            inputs,
            "conv",
            strides=strides,
            dilations=dilations,
            group=group,
            kernel_shape=list(weight.shape[2:]),
            **self._padding(node),
        )
        out = self.activations(node, out, fused)
        self.set(node, out, True)

    def activations(self, node: Node, out: str, fused: list[str]) -> str:
        for op in fused:
            if op == "Relu":
                out = self.emit("Relu", [out], "relu")
            elif op == "Relu6":
                out = self.emit(
                    "Clip",
                    [
                        out,
                        self.init(np.array(0, np.float32), "lo"),
                        self.init(np.array(6, np.float32), "hi"),
                    ],
                    "relu6",
                )
            elif op == "Elu":
                out = self.emit("Elu", [out], "elu")
            else:
                raise UnsupportedOpError(f"{node.op} fused activation {op}")
        return out

    def matmul(self, node: Node) -> None:
        a = self.to_nhwc(self.tensor[_base(node.inputs[0])])
        b = self.const(node.inputs[1]).astype(np.float32)
        if node.flag("transpose_a"):
            raise UnsupportedOpError("MatMul with transpose_a")
        if node.flag("transpose_b"):
            b = b.T
        out = self.emit("MatMul", [a, self.init(b, "w")], "matmul")
        fused = node.strings("fused_ops")
        if fused and fused[0] == "BiasAdd":
            bias = self.const(node.inputs[2]).astype(np.float32)
            out = self.emit("Add", [out, self.init(bias, "b")], "bias")
            fused = fused[1:]
        self.set(node, self.activations(node, out, fused), False)

    def binary(self, node: Node) -> None:
        refs = [_base(r) for r in node.inputs[:2]]
        live = [r for r in refs if r not in self.consts]
        layout_nchw = any(self.tensor[r] in self.nchw for r in live)
        names = []
        for ref in refs:
            if ref in self.consts:
                value = self.consts[ref].astype(np.float32)
                if layout_nchw and value.ndim >= 1:  # NHWC broadcast shape -> NCHW
                    value = value.reshape((1,) * (4 - value.ndim) + value.shape)
                    value = value.transpose(NHWC_TO_NCHW)
                names.append(self.init(value, "k"))
            else:
                names.append(self.tensor[ref])
        self.set(node, self.emit(BINARY[node.op], names, node.op.lower()), layout_nchw)

    def maxpool(self, node: Node) -> None:
        x = self.tensor[_base(node.inputs[0])]
        out = self.emit(
            "MaxPool",
            [x],
            "pool",
            kernel_shape=node.ints("ksize")[1:3],
            strides=node.ints("strides")[1:3],
            **self._padding(node),
        )
        self.set(node, out, True)

    def mean(self, node: Node) -> None:
        x = self.tensor[_base(node.inputs[0])]
        axes = [int(a) for a in np.ravel(self.const(node.inputs[1]))]
        keep = node.flag("keep_dims")
        if x in self.nchw:
            axes = [[0, 2, 3, 1][a % 4] for a in axes]
        out = self.emit("ReduceMean", [x], "mean", axes=axes, keepdims=int(keep))
        self.set(node, out, x in self.nchw and keep)

    def reshape(self, node: Node) -> None:
        x = self.to_nhwc(self.tensor[_base(node.inputs[0])])
        shape = self.init(self.const(node.inputs[1]).astype(np.int64), "shape")
        self.set(node, self.emit("Reshape", [x, shape], "reshape"), False)

    def add_n(self, node: Node) -> None:
        names = [self.tensor[_base(r)] for r in node.inputs]
        layouts = {n in self.nchw for n in names}
        if len(layouts) != 1:
            raise UnsupportedOpError(f"AddN over mixed layouts ({node.name})")
        self.set(node, self.emit("Sum", names, "addn"), layouts.pop())

    def resize_bilinear(self, node: Node) -> None:
        x = self.tensor[_base(node.inputs[0])]
        if x not in self.nchw:
            raise UnsupportedOpError(f"ResizeBilinear of a non-image tensor ({node.name})")
        size = self.const(node.inputs[1]).astype(np.int64)
        batch_channels = self.emit(
            "Slice",
            [
                self.emit("Shape", [x], "shape"),
                self.init(np.array([0], np.int64), "start"),
                self.init(np.array([2], np.int64), "end"),
            ],
            "nc",
        )
        sizes = self.emit("Concat", [batch_channels, self.init(size, "hw")], "sizes", axis=0)
        if node.flag("align_corners"):
            mode = "align_corners"
        elif node.flag("half_pixel_centers"):
            mode = "half_pixel"
        else:
            mode = "asymmetric"
        resize = {"mode": "linear", "coordinate_transformation_mode": mode}
        out = self.emit("Resize", [x, "", "", sizes], "resize", **resize)
        self.set(node, out, True)

    def softmax(self, node: Node) -> None:
        x = self.tensor[_base(node.inputs[0])]
        self.set(
            node,
            self.emit("Softmax", [x], "softmax", axis=1 if x in self.nchw else -1),
            x in self.nchw,
        )

    def convert_node(self, node: Node) -> None:
        op = node.op
        if op == "Const":
            self.consts[node.name] = self.model.weights[node.name]
        elif op == "Placeholder":
            self.placeholder(node)
        elif op == "Identity":
            src = _base(node.inputs[0])
            if src in self.consts:
                self.consts[node.name] = self.consts[src]
            else:
                self.tensor[node.name] = self.tensor[src]
        elif op in (
            "Conv2D",
            "_FusedConv2D",
            "DepthwiseConv2dNative",
            "FusedDepthwiseConv2dNative",
        ):
            self.conv(node)
        elif op in ("MatMul", "_FusedMatMul"):
            self.matmul(node)
        elif op in BINARY:
            self.binary(node)
        elif op in UNARY:
            x = self.tensor[_base(node.inputs[0])]
            self.set(node, self.emit(UNARY[op], [x], op.lower()), x in self.nchw)
        elif op == "Relu6":
            x = self.tensor[_base(node.inputs[0])]
            self.set(node, self.activations(node, x, ["Relu6"]), x in self.nchw)
        elif op == "MaxPool":
            self.maxpool(node)
        elif op == "Mean":
            self.mean(node)
        elif op == "Reshape":
            self.reshape(node)
        elif op == "Softmax":
            self.softmax(node)
        elif op == "AddN":
            self.add_n(node)
        elif op == "ResizeBilinear":
            self.resize_bilinear(node)
        else:
            raise UnsupportedOpError(f"op {op} ({node.name}) is not supported by the converter")

    # -- the graph ---------------------------------------------------------------
    def output_names(self) -> list[str]:
        if self.cut_outputs:
            return list(self.cut_outputs)
        outputs = self.model.signature.get("outputs", {})
        if outputs:
            return [_base(o["name"]) for o in outputs.values()]
        used = {_base(i) for n in self.model.nodes for i in n.inputs}
        return [n.name for n in self.model.nodes if n.name not in used and n.op != "Const"]

    def needed(self, by_name: dict[str, Node]) -> dict[str, frozenset[str]]:
        """The dependency graph of what the outputs need, stopping at cut inputs."""
        graph: dict[str, frozenset[str]] = {}
        todo = self.output_names()
        while todo:
            name = todo.pop()
            if name in graph or name in self.cut_inputs:
                continue
            deps = {_base(i) for i in by_name[name].inputs if _base(i) in by_name}
            graph[name] = frozenset(deps - self.cut_inputs.keys())
            todo.extend(deps)
        return graph

    def convert(self, name: str) -> onnx.ModelProto:
        by_name = {n.name: n for n in self.model.nodes}
        for cut, shape in self.cut_inputs.items():
            self.cut_input(cut, shape)
        for node_name in graphlib.TopologicalSorter(self.needed(by_name)).static_order():
            self.convert_node(by_name[node_name])
        names = []
        for out in self.output_names():
            self.emit("Identity", [self.to_nhwc(self.tensor[out])], "out")
            self.nodes[-1].output[0] = out  # keep the TF.js output name
            names.append(out)
        draft = helper.make_graph(
            self.nodes,
            name,
            self.inputs,
            [helper.make_empty_tensor_value_info(n) for n in names],
            self.initializers,
        )
        model = helper.make_model(
            draft, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="mirror_engine"
        )
        model.ir_version = 8
        inferred = {v.name: v for v in onnx.shape_inference.infer_shapes(model).graph.value_info}
        del model.graph.output[:]
        model.graph.output.extend(inferred[n] for n in names)
        onnx.checker.check_model(model, full_check=True)
        return model


def convert(
    model: GraphModel,
    name: str,
    inputs: dict[str, tuple[int, ...]] | None = None,
    outputs: tuple[str, ...] = (),
) -> onnx.ModelProto:
    return Converter(model, inputs, outputs).convert(name)
