// Renders /openapi.json as a plain page: the offline stand-in for Swagger UI (which needs a CDN).
"use strict";

function node(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function typeOf(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, spec)).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "array") return `list[${typeOf(schema.items, spec)}]`;
  let text = schema.format ? `${schema.type} (${schema.format})` : schema.type || "object";
  const limits = [];
  if (schema.pattern) limits.push(`pattern ${schema.pattern}`);
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) limits.push(`≤ ${schema.maximum}`);
  if (schema.maxLength !== undefined) limits.push(`≤ ${schema.maxLength} chars`);
  if (limits.length) text += `; ${limits.join(", ")}`;
  return text;
}

function parameterTable(parameters, spec) {
  const table = node("table", "params");
  table.append(node("thead", null, node("tr", null, node("th", null, "parameter"), node("th", null, "in"), node("th", null, "type"), node("th", null, "default"), node("th", null, "description"))));
  const body = node("tbody");
  for (const p of parameters) {
    const schema = p.schema || {};
    body.append(
      node(
        "tr",
        null,
        node("td", "code", p.name + (p.required ? " *" : "")),
        node("td", null, p.in),
        node("td", null, typeOf(schema, spec)),
        node("td", null, schema.default === undefined ? "" : JSON.stringify(schema.default)),
        node("td", null, p.description || schema.description || ""),
      ),
    );
  }
  table.append(body);
  return table;
}

function schemaTable(name, spec) {
  const schema = spec.components.schemas[name];
  if (!schema || !schema.properties) return null;
  const required = new Set(schema.required || []);
  const params = Object.entries(schema.properties).map(([key, value]) => ({
    name: key,
    in: "body",
    required: required.has(key),
    schema: value,
    description: value.description,
  }));
  return parameterTable(params, spec);
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  document.getElementById("api-description").textContent = `${spec.info.title} ${spec.info.version}: ${spec.info.description}`;
  const box = document.getElementById("endpoints");
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const card = node("section", "card endpoint");
      card.id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
      card.append(node("h2", null, node("span", `method ${method}`, method.toUpperCase()), " ", node("code", null, path)));
      if (op.summary) card.append(node("p", "muted", op.summary));
      if (op.description) card.append(node("p", null, op.description));
      if (op.parameters && op.parameters.length) card.append(parameterTable(op.parameters, spec));
      const content = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
      if (content) {
        card.append(node("p", null, "JSON body: ", node("code", null, typeOf(content.schema, spec))));
        const table = schemaTable("ArticleIn", spec);
        if (table) card.append(table);
      }
      box.append(card);
    }
  }
}

main().catch((error) => {
  document.getElementById("endpoints").textContent = "could not read /openapi.json: " + error;
});
