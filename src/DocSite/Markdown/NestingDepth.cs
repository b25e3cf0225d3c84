namespace DocSite.Markdown;

/// <summary>Finds where Markdown nests deepest, to point a "too deeply nested" error at a line.</summary>
public static class NestingDepth
{
    /// <returns>The 1-based line whose block-quote markers, list markers and indentation go deepest.</returns>
    public static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var deepest = 0;
        var deepestDepth = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = DepthOf(lines[i]);
            if (depth > deepestDepth)
            {
                deepest = i;
                deepestDepth = depth;
            }
        }
        return deepest + 1;
    }

    // Each `>` and list marker opens a container; every two columns of indentation roughly one more list level.
    private static int DepthOf(string line)
    {
        var markers = 0;
        var spaces = 0;
        foreach (var c in line)
        {
            if (c == '>' || c == '-' || c == '*' || c == '+') markers++;
            else if (c == ' ') spaces++;
            else if (c == '\t') spaces += 4;
            else if (!char.IsAsciiDigit(c) && c != '.' && c != ')') break;
        }
        return markers + spaces / 2;
    }
}
