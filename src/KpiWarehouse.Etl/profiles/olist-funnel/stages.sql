-- stages.csv: the source holds closed-won deals only, so the pipeline has the one stage they are all in.
select
    'Won' as stage,
    1 as sort_order,
    1.0 as probability,
    'deals' as _source,
    min(_line) as _line
from deals
