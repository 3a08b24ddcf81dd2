select
    product_id,
    order_date as sale_date,
    product_name,
    category,
    sum(quantity) as units_sold,
    sum(revenue) as revenue,
    sum(gross_margin) as gross_margin,
    current_timestamp as loaded_at
from {{ ref('int_order_margins') }}
group by 1, 2, 3, 4
