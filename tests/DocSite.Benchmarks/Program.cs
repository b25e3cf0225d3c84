using DocSite.Benchmarks;

// Usage: dotnet run -c Release --project tests/DocSite.Benchmarks -- pages [COUNT] [RUNS]
var command = args.Length > 0 ? args[0] : "pages";
return command switch
{
    "pages" => PagesBenchmark.Run(
        count: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        runs: args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: pages [COUNT] [RUNS]");
    return 2;
}
