with source as (

    select * from {{ ref('raw_products') }}

)

select
    product_id,
    product_name,
    category,
    unit_price_cents / 100.0 as unit_price,
    unit_cost_cents / 100.0 as unit_cost,
    is_active
from source
