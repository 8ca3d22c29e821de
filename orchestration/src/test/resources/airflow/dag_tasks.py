"""Reads an Airflow DAG file without Airflow: parses it with ast and prints, as JSON, the DAG's
module-level constants and imports, its arguments, its BashOperator tasks with their arguments, and the task order (edges of `a >> b`).
Module-level string and number constants are followed, and `+` of strings is evaluated; anything
else a test asks about is printed as {"expr": <source>}."""

import ast
import json
import sys


def main(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), filename=path)
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = literal(node.value, constants)
            except ValueError:
                pass

    dag, tasks, variables, edges = None, [], {}, []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and name_of(node.func) == "DAG":
            dag = keywords(node, constants)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and name_of(node.value.func) == "BashOperator":
            task = keywords(node.value, constants)
            tasks.append(task)
            variables[node.targets[0].id] = task["task_id"]
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp) \
                and isinstance(node.value.op, ast.RShift):
            chain = flatten(node.value)
            edges += [[variables[a], variables[b]] for a, b in zip(chain, chain[1:])]
    imports = [f"from {n.module} import {', '.join(a.name for a in n.names)}" for n in ast.walk(tree)
               if isinstance(n, ast.ImportFrom)]
    json.dump({"constants": constants, "imports": imports, "dag": dag, "tasks": tasks, "edges": edges}, sys.stdout, ensure_ascii=False, indent=1)


def literal(node, constants):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return literal(node.left, constants) + literal(node.right, constants)
    if isinstance(node, ast.List):
        return [literal(e, constants) for e in node.elts]
    raise ValueError(ast.unparse(node))


def keywords(call, constants):
    values = {}
    for kw in call.keywords:
        try:
            values[kw.arg] = literal(kw.value, constants)
        except ValueError:
            values[kw.arg] = {"expr": ast.unparse(kw.value)}
    return values


def flatten(binop):
    sides = []
    for side in (binop.left, binop.right):
        if isinstance(side, ast.BinOp) and isinstance(side.op, ast.RShift):
            sides += flatten(side)
        else:
            sides.append(side.id)
    return sides


def name_of(func):
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


if __name__ == "__main__":
    main(sys.argv[1])
