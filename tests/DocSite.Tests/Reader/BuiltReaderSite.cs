using DocSite.Tests.Support;

namespace DocSite.Tests.Reader;

/// <summary>
/// The basic fixture site with what a reader meets: a section whose first page has the section's title,
/// a page with a table, fenced and indented code and two headings. Built once for the class.
/// </summary>
public sealed class BuiltReaderSite : BuiltSite
{
    protected override Task<TestSite> CopyAsync()
    {
        var site = TestSite.CopyOf("basic-site");
        site.Write("input/guide/index.md", "---\ntitle: 指南\n---\n指南的概览。\n");
        site.Write("input/guide/table.md", """
            ---
            title: 表格
            description: 一个有表格和代码的页面。
            ---
            ## 模态

            | 模态 | 说明 |
            | --- | --- |
            | 图像 | 由像素组成的网格 |

            ```csharp
            var x = 1; // 注释
            ```

                indented code

            ## 小结

            正文。
            """);
        site.Write("site.yml", """
            title: 测试站点
            description: 用来测试生成器的小站点。
            language: zh-CN
            base_url: https://example.org/
            base_path: /
            repository: https://github.com/example/docs
            nav:
              - input/index.md
              - title: 指南
                children:
                  - input/guide/index.md
                  - input/guide/intro.md
                  - input/guide/details.md
                  - input/guide/table.md
            """);
        return Task.FromResult(site);
    }
}
