select 'people' as _source, _line from people where kind = 'intern'
