#!/usr/bin/env dotnet
// docsite: {"title": "算力账：训练和推理要多少次运算", "timeout_cell_seconds": 120, "timeout_notebook_seconds": 300}
#:project ../src/DocSite.Notebook.Api
#:property PublishAot=false

// %% [markdown]
// # 算力账：训练和推理要多少次运算
//
// [成本与服务方式](../input/deploy/cost.md#training-cost)一页用了两个常用的估算[@kaplan2020scaling]：
// 训练一个有 $N$ 个参数的模型、读 $D$ 个词元，大约要 $6ND$ 次浮点运算；训练好以后，每生成一个词元大约要 $2N$ 次。
// 这一页用 GPT-3 的数字把这笔账算一遍，再看看参数按不同精度存放要占多少内存。正文里的数字都从这里来。
//
// 这个笔记是一个普通的 C# 文件（`notebooks/compute-cost.cs`）：构建网站时一个单元格一个单元格地运行，
// 也可以在仓库根目录用 `dotnet run --file notebooks/compute-cost.cs` 直接运行，在 VS Code 里有补全和调试。

// %%
#:package Plotly.NET@6.0.0
#:package Plotly.NET.CSharp@0.14.0
using static DocSite.Notebook.Api.Notebook;

// %%
using System.Globalization;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

const double Parameters = 175e9;   // GPT-3 的参数个数 N
const double Tokens = 300e9;       // 训练时读过的词元个数 D
const double Petaflops = 1e15;     // 每秒 10^15 次浮点运算
const double SecondsPerDay = 86_400;

// 输出与运行机器的区域设置无关，才可复现。
string Scientific(double x) => x.ToString("0.00E+0", CultureInfo.InvariantCulture);

// %% [markdown]
// ## 训练一次：$6ND$
//
// 每个参数、每个词元，前向传播约 2 次运算（一次乘、一次加），反向传播约 4 次，合起来是 6 次。
// GPT-3 论文[@brown2020language]报告的训练算力是约 3640 PF-天：每秒 $10^{15}$ 次运算，算 3640 天。

// %%
var trainFlops = 6 * Parameters * Tokens;
var paperFlops = 3640 * Petaflops * SecondsPerDay;
var years = trainFlops / Petaflops / (365.25 * SecondsPerDay);

Console.WriteLine($"估算 6ND        = {Scientific(trainFlops)} 次");
Console.WriteLine($"论文 3640 PF-天 = {Scientific(paperFlops)} 次");
Console.WriteLine($"每秒 10^15 次的机器要算 {years.ToString("0.0", CultureInfo.InvariantCulture)} 年");
publish("train_flops_e23", Math.Round(trainFlops / 1e23, 3)); // 以 10^23 次为单位
publish("paper_flops_e23", Math.Round(paperFlops / 1e23, 3));
publish("years_at_petaflops", Math.Round(years, 2));

// %% [markdown]
// 两个数（单位 $10^{23}$）分别是 `nb:train_flops_e23:0.00` 和 `nb:paper_flops_e23:0.00`，相差不到 1%`nb:train_flops_e23 / paper_flops_e23 <= 1.01`。
//
// ## 每生成一个词元：$2N$
//
// 推理只有前向传播，每个参数约 2 次运算。

// %%
var flopsPerToken = 2 * Parameters;
Console.WriteLine($"每个词元 {Scientific(flopsPerToken)} 次");
publish("flops_per_token_e11", Math.Round(flopsPerToken / 1e11, 3)); // 以 10^11 次为单位

// %% [markdown]
// ## 参数占多少内存
//
// 服务之前，参数要先装进内存（显存）。每个参数占几个字节，由存放它的精度决定；[量化](../input/glossary.md#quantization)就是换成更短的整数。

// %%
var precisions = new (string Name, double Bytes)[] { ("FP32", 4), ("FP16", 2), ("INT8", 1), ("INT4", 0.5) };
var gigabytes = precisions.Select(p => Parameters * p.Bytes / 1e9).ToArray();
foreach (var (precision, size) in precisions.Zip(gigabytes))
    Console.WriteLine($"{precision.Name,-5} {size.ToString("N0", CultureInfo.InvariantCulture),5} GB");
publish("int8_shrink", precisions[0].Bytes / precisions[2].Bytes);
publish("fp16_gigabytes", gigabytes[1]);

// %% tags=["hide-input"]
publish("memory_chart", Chart.Column<double, string, string>(
        values: gigabytes, Keys: precisions.Select(p => p.Name).ToArray(), Name: "GPT-3 参数")
    .WithYAxisStyle<double, double, string>(TitleText: "GB"));

// %% tags=["remove-cell"]
// 给测试读的一行：页面上不显示。
Console.WriteLine("METRICS " + System.Text.Json.JsonSerializer.Serialize(new { train_flops = trainFlops, paper_flops = paperFlops, years, flops_per_token = flopsPerToken, int8_shrink = precisions[0].Bytes / precisions[2].Bytes }));
