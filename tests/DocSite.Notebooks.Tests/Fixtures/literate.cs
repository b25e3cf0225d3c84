#!/usr/bin/env dotnet
// docsite: {"title": "文件式笔记本", "inputs": ["_shared/Twice.cs"], "timeout_cell_seconds": 120}
#:project ../../../src/DocSite.Notebook.Api

// %% [markdown]
// # 文件式笔记本
//
// 一个 `.cs` 文件：`dotnet run` 也能运行它。

// %%
#:package Plotly.NET@6.0.0
#:package Plotly.NET.CSharp@0.14.0
#:include _shared/Twice.cs
using static DocSite.Notebook.Api.Notebook;

// %%
using Plotly.NET.CSharp;

var total = Twice.Of(21);
Console.WriteLine($"合计 {total}");
publish("total", total);

// %% tags=["hide-input"]
display(Chart.Point<int, int, string>(x: new[] { 1, 2, 3 }, y: new[] { 4, 1, 9 }, Name: "数据点"));
