-- The pipeline's stages, in the order the data dictionary gives (Prospecting > Engaging > Won / Lost). The source
-- has no stage probabilities: an open stage gets the data set's win rate of closed deals; Won is 1, Lost 0.
with win_rate as (
    select count(*) filter (where deal_stage = 'Won') / count(*) filter (where deal_stage in ('Won', 'Lost')) as rate
    from pipeline
)
select
    trim(p.deal_stage) as stage,
    case trim(p.deal_stage) when 'Prospecting' then 1 when 'Engaging' then 2 when 'Won' then 3 when 'Lost' then 4 else 5 end as sort_order,
    case trim(p.deal_stage) when 'Won' then 1 when 'Lost' then 0 else round(min(w.rate), 4) end as probability,
    'pipeline' as _source,
    min(p._line) as _line
from pipeline as p, win_rate as w
where p.deal_stage is not null
group by trim(p.deal_stage)
