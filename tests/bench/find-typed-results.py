"""Lists every place in input/*.md and in the notebooks' Markdown cells where a value a notebook publishes
appears typed (outside `nb:` references), in the forms prose would write it."""
import json, re, glob, sys, os
site = sys.argv[1]            # a built site: its notebooks/*.ipynb downloads hold the published values
root = sys.argv[2] if len(sys.argv) > 2 else '.'

def forms(v):
    out = set()
    if isinstance(v, bool) or not isinstance(v, (int, float)): return out
    if isinstance(v, int) or float(v).is_integer():
        n = int(v)
        if abs(n) < 100: return out            # small integers (epochs, shifts) are everywhere in prose
        out |= {str(n), f'{n:,}'}
        for unit, suffix in ((1e6, ' M'), (1e9, ' B'), (1e6, 'M'), (1e9, 'B')):
            for d in (1, 2, 3): 
                if n / unit >= 0.01: out.add(f'{n/unit:.{d}f}{suffix}')
        for unit, suffix in ((1e4, ' 万'), (1e8, ' 亿'), (1e4, '万'), (1e8, '亿')):
            if 1 <= n / unit < 100000:
                for d in (0, 1, 2): out.add(f'{n/unit:.{d}f}{suffix}')
    else:
        x = float(v)
        if 0 < abs(x) <= 1.5:
            for d in (0, 1): out.add(f'{x*100:.{d}f}%')
            out |= {f'{x:.2f}', f'{x:.3f}'}
        elif abs(x) >= 1000:
            out |= {f'{x:,.0f}', f'{x:.0f}'}
        elif abs(x) >= 1:
            out.add(f'{x:.1f}')
    return {f for f in out if f not in ('0%', '0.0%', '100%', '0.00', '0.000', '10%', '0.10', '0.100')}

values = {}
for path in glob.glob(os.path.join(site, 'notebooks', '*.ipynb')):
    nb = json.load(open(path, encoding='utf-8'))
    for cell in nb['cells']:
        for o in cell.get('outputs', []):
            name = o.get('metadata', {}).get('scrapbook', {}).get('name')
            if name and 'application/json' in o.get('data', {}):
                values[f'{os.path.basename(path)}#{name}'] = o['data']['application/json']

def texts():
    for md in glob.glob(os.path.join(root, 'input', '**', '*.md'), recursive=True):
        yield md, open(md, encoding='utf-8').read()
    for path in glob.glob(os.path.join(root, 'notebooks', '*.ipynb')):
        for i, cell in enumerate(json.load(open(path, encoding='utf-8'))['cells']):
            if cell['cell_type'] == 'markdown':
                yield f'{path} cell {i + 1}', ''.join(cell['source'])

strip = re.compile(r'`nb:[^`]*`|\$\$.*?\$\$|\$[^$]*\$', re.S)
hits = 0
for where, text in texts():
    text = strip.sub(' ', text)
    for name, value in values.items():
        for form in forms(value):
            for m in re.finditer(r'(?<![\d.,])' + re.escape(form) + r'(?![\d])', text):
                hits += 1
                line = text.count('\n', 0, m.start()) + 1
                print(f'{where}:{line}: {form!r} looks like {name} = {value}')
print(f'{len(values)} published values, {hits} typed look-alikes', file=sys.stderr)
