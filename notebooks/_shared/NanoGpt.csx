// The GPT that parameter-scale.ipynb counts (nano-GPT, GPT-2 XL, GPT-3 are configurations of it) and
// nano-gpt-sort.ipynb trains: one source, so the model trained is the model counted.
// A notebook loads it with `#!import _shared/NanoGpt.csx` after its `#r "nuget: TorchSharp-cpu, …"` cell.
// Every number given to a tensor operation is an explicit Scalar held by `using` until the operation has returned,
// `x + y` included (TorchSharp's operator is x.add(y, 1), with a Scalar 1 made on the fly): a Scalar that TorchSharp
// makes itself can be freed by the garbage collector while libtorch still reads it (see _shared/GcSafeAdam.csx).
using TorchSharp;
using static TorchSharp.torch;

// 一个 GPT 的全部尺寸：词表大小、上下文长度、层数、注意力头数、宽度（向量维数）。
public sealed record GptConfig(int VocabSize, int ContextLength, int Layers, int Heads, int Width);

// 嵌入表：rows 行、每行 width 个数；forward 按编号取出对应的行。
// 没有用 nn.Embedding：它在 TorchSharp 里总是先在 CPU 上分配整张表再搬到目标设备，而 meta 设备上的大模型一个权重都不该分配。
public sealed class LookupTable : nn.Module<Tensor, Tensor>
{
    public readonly TorchSharp.Modules.Parameter weight;

    public LookupTable(long rows, long width, Device? device) : base(nameof(LookupTable))
    {
        // torch.empty 在 meta 设备上只记录形状，不分配内存。
        weight = new TorchSharp.Modules.Parameter(torch.empty(rows, width, device: device));
        nn.init.normal_(weight, std: 0.02);
        RegisterComponents();
    }

    public override Tensor forward(Tensor ids) => weight[ids];
}

// 多头因果自注意力：每个位置只能看它自己和它之前的位置。
public sealed class CausalSelfAttention : nn.Module<Tensor, Tensor>
{
    private readonly int heads;
    private readonly nn.Module<Tensor, Tensor> query, key, value, projection;

    public CausalSelfAttention(int width, int heads, Device? device) : base(nameof(CausalSelfAttention))
    {
        this.heads = heads;
        query = nn.Linear(width, width, device: device);       // 每个都是 d·d 个权重 + d 个偏置
        key = nn.Linear(width, width, device: device);
        value = nn.Linear(width, width, device: device);
        projection = nn.Linear(width, width, device: device);
        RegisterComponents();
    }

    // 为了画注意力图：打开后，每次前向计算都留下各头的注意力权重，形状是 (batch, heads, length, length)。
    public bool KeepWeights { get; set; }
    public Tensor? LastWeights { get; private set; }

    public override Tensor forward(Tensor x)
    {
        using var scope = torch.NewDisposeScope();
        var (batch, length, width) = (x.shape[0], x.shape[1], x.shape[2]);
        var headWidth = width / heads;

        // (batch, length, width) → (batch, heads, length, headWidth)：每个头只看宽度的一段。
        Tensor SplitHeads(Tensor t) => t.view(batch, length, heads, headWidth).transpose(1, 2);
        var q = SplitHeads(query.call(x));
        var k = SplitHeads(key.call(x));
        var v = SplitHeads(value.call(x));

        using Scalar scale = Math.Sqrt(headWidth), minusInfinity = double.NegativeInfinity;
        var scores = q.matmul(k.transpose(-2, -1)).div(scale);
        var future = torch.ones(length, length, dtype: ScalarType.Bool, device: x.device).triu(1);
        scores = scores.masked_fill(future, minusInfinity);   // 挡住“未来”的位置

        var weights = scores.softmax(-1);
        if (KeepWeights)
        {
            LastWeights?.Dispose();
            LastWeights = weights.detach().clone().DetachFromDisposeScope();
        }
        var mixed = weights.matmul(v).transpose(1, 2).reshape(batch, length, width);
        return projection.call(mixed).MoveToOuterDisposeScope();
    }
}

// 一个 Transformer 块：LayerNorm → 注意力 → 残差，LayerNorm → MLP → 残差。
public sealed class TransformerBlock : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> norm1, norm2, mlp;
    private readonly CausalSelfAttention attention;

    public TransformerBlock(int width, int heads, Device? device) : base(nameof(TransformerBlock))
    {
        norm1 = nn.LayerNorm(width, device: device);              // 缩放和平移：2d 个参数
        attention = new CausalSelfAttention(width, heads, device);
        norm2 = nn.LayerNorm(width, device: device);
        mlp = nn.Sequential(
            nn.Linear(width, 4 * width, device: device),          // 放大到 4d
            nn.GELU(),
            nn.Linear(4 * width, width, device: device));         // 再缩回 d
        RegisterComponents();
    }

    public CausalSelfAttention Attention => attention;

    public override Tensor forward(Tensor x)
    {
        using Scalar one = 1;   // x.add(y, one) 就是 x + y（残差连接）
        x = x.add(attention.call(norm1.call(x)), one);
        return x.add(mlp.call(norm2.call(x)), one);
    }
}

// 完整的 GPT：嵌入 → L 个块 → LayerNorm → 与词嵌入共用权重的输出层。
public sealed class Gpt : nn.Module<Tensor, Tensor>
{
    private readonly LookupTable tokenEmbedding, positionEmbedding;
    private readonly TorchSharp.Modules.ModuleList<TransformerBlock> blocks;
    private readonly nn.Module<Tensor, Tensor> finalNorm;

    public Gpt(GptConfig config, Device? device = null) : base(nameof(Gpt))
    {
        tokenEmbedding = new LookupTable(config.VocabSize, config.Width, device);
        positionEmbedding = new LookupTable(config.ContextLength, config.Width, device);
        blocks = nn.ModuleList(Enumerable.Range(0, config.Layers)
            .Select(_ => new TransformerBlock(config.Width, config.Heads, device))
            .ToArray());
        finalNorm = nn.LayerNorm(config.Width, device: device);
        RegisterComponents();
    }

    // 每一层的注意力，按层的顺序。
    public IReadOnlyList<CausalSelfAttention> Attention => blocks.Select(block => block.Attention).ToList();

    // tokens：(batch, length) 的词元编号；返回 (batch, length, V)：每个位置上“下一个词元”的得分。
    public override Tensor forward(Tensor tokens)
    {
        var positions = torch.arange(tokens.shape[1], device: tokens.device);
        using Scalar one = 1;   // x.add(y, one) 就是 x + y
        var x = tokenEmbedding.call(tokens).add(positionEmbedding.call(positions), one);
        foreach (var block in blocks)
            x = block.call(x);
        // 输出层没有自己的权重：直接乘以词嵌入矩阵的转置（weight tying）。
        return finalNorm.call(x).matmul(tokenEmbedding.weight.t());
    }
}
