# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#
# The chart of docs/benchmarks.svg, drawn from the data files that
# `bench_compare --report --data=DIR` writes. bench/run.sh runs it:
#
#   gnuplot -e "data='DIR'; out='docs/benchmarks.svg'" bench/benchmarks.gp

if (!exists("data")) data = "build/bench/chart"
if (!exists("out")) out = "docs/benchmarks.svg"

set terminal svg size 1200,1050 dynamic noenhanced font "sans,11" background rgb "white"
set output out
set encoding utf8

# Ten distinct colours; this library's lines are drawn thicker (see below).
set linetype 1 lc rgb "#4e79a7"
set linetype 2 lc rgb "#f28e2b"
set linetype 3 lc rgb "#e15759"
set linetype 4 lc rgb "#76b7b2"
set linetype 5 lc rgb "#59a14f"
set linetype 6 lc rgb "#edc948"
set linetype 7 lc rgb "#b07aa1"
set linetype 8 lc rgb "#ff9da7"
set linetype 9 lc rgb "#9c755f"
set linetype 10 lc rgb "#222222"
set linetype cycle 10

set multiplot layout 2,2 title "problem_details and the C++ JSON libraries: instructions per operation (callgrind; lower is better)" font "sans,13"

# --- the seed's example, each library ------------------------------------
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border rgb "#333333"
set boxwidth 0.9
set logscale y 10
set yrange [100:*]
set format y "%.0s%c"
set grid ytics lc rgb "#dddddd"
set xtics rotate by -40 left nomirror font "sans,10"
set ytics nomirror
set key top left
set ylabel "instructions / op"
set bmargin 7

set title "Reading the seed's example into a typed problem"
plot data."/seed-parse.dat" using 2:xtic(1) title "as printed (464 B)" lc rgb "#4e79a7", \
     '' using 3 title "minified (447 B)" lc rgb "#f28e2b"

set title "Writing it back as compact JSON"
plot data."/seed-serialize.dat" using 2:xtic(1) title "from the printed one" lc rgb "#4e79a7", \
     '' using 3 title "from the minified one" lc rgb "#f28e2b"

# --- cost against size -----------------------------------------------------
unset style
set style data linespoints
set logscale xy 10
set xrange [0.7:1500]
set yrange [*:*]
set xtics norotate 10 font "sans,10"
set format x "%g"
set xlabel "extraDetails entries (input from 0.5 to 70 kB)"
set bmargin 4
set key top left font "sans,9" spacing 0.9

# Column 3 of the scaling files is this library's main case (parse_view,
# serialize): drawn thicker.
set title "Reading: linear in the size"
plot for [i=3:*] data."/scaling-parse.dat" using 1:i title columnheader(i) lt (i-2) lw (i == 3 ? 4 : 1.5) pt 7 ps 0.6

set title "Writing: linear in the size"
plot for [i=3:*] data."/scaling-serialize.dat" using 1:i title columnheader(i) lt (i-2) lw (i == 3 ? 4 : 1.5) pt 7 ps 0.6

unset multiplot
