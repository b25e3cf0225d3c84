using System.Globalization;
using System.Text;

namespace DocSite.Benchmarks;

/// <summary>
/// Writes a synthetic site of realistic pages: front matter, Chinese and English prose, headings, tables,
/// code blocks, lists, math, and links (with anchors) to other pages. Seeded, so every run gets the same corpus.
/// </summary>
public static class CorpusGenerator
{
    private const int PagesPerSection = 50;
    private static readonly string[] Sentences =
    [
        "模型通过大量数据学习输入与输出之间的映射关系，这个过程本质上是在拟合一个函数。",
        "卷积层利用局部连接和权重共享，从图像中提取边缘、纹理等局部特征。",
        "注意力机制允许网络在处理序列时关注最相关的部分，并加权聚合信息。",
        "Training a network means adjusting its parameters to reduce a loss measured on data.",
        "数据的质量、覆盖面和标注一致性，往往比模型结构的小改动更能决定最终效果。",
        "A larger model has more expressive power, but it also needs more data to avoid overfitting.",
        "部署时需要在延迟、吞吐、内存和精度之间权衡，端侧设备尤其受限于算力。",
    ];

    public static int Write(string root, int count)
    {
        var random = new Random(20261129);
        var sections = (count + PagesPerSection - 1) / PagesPerSection;
        for (var i = 0; i < count; i++)
        {
            var (section, page) = (i / PagesPerSection, i % PagesPerSection);
            var path = Path.Combine(root, "input", $"section-{section:00}", $"page-{page:00}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Page(i, section, page, count, random));
        }
        for (var s = 0; s < sections; s++)
            File.WriteAllText(Path.Combine(root, "input", $"section-{s:00}", "index.md"), $"---\ntitle: 第 {s} 章\norder: {s}\n---\n本章概览。\n");
        File.WriteAllText(Path.Combine(root, "input", "index.md"), "---\ntitle: 基准站点\n---\n欢迎，[第一章](section-00/index.md)。\n");
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: 基准站点\nlanguage: zh-CN\nbase_url: https://example.org/\n");
        return count + sections + 1;
    }

    private static string Page(int index, int section, int page, int count, Random random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: 页面 {index} · 模型与数据\ndescription: 第 {index} 页，用于测量生成速度。\norder: {page}\n---\n");
        for (var h = 0; h < 5; h++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## 第 {h} 节：数据 + 模型 = AI {{#part-{h}}}\n\n");
            for (var p = 0; p < 3; p++)
            {
                for (var s = 0; s < 4; s++) text.Append(Sentences[random.Next(Sentences.Length)]);
                text.Append("\n\n");
            }
            var target = random.Next(count);
            text.Append(CultureInfo.InvariantCulture,
                $"参见[相关页面](../section-{target / PagesPerSection:00}/page-{target % PagesPerSection:00}.md#part-{random.Next(5)})和[本节](#part-{h})，以及 $y = Wx + b$。\n\n");
            text.Append("### 参数对比\n\n| 模型 | 参数量 | 备注 |\n| --- | ---: | --- |\n");
            for (var r = 0; r < 5; r++) text.Append(CultureInfo.InvariantCulture, $"| Model-{r} | {random.Next(1, 1000)} M | **重点** `code` |\n");
            text.Append("\n```csharp\nvar model = new Linear(784, 10);\nvar loss = CrossEntropy(model.Forward(x), y);\nloss.Backward();\n```\n\n- 第一点\n- 第二点，含 *强调*\n- Third point\n");
        }
        return text.ToString();
    }
}
