{{
    config(
        materialized='incremental',
        unique_key='order_id',
        on_schema_change='append_new_columns'
    )
}}

with orders as (

    select * from {{ ref('stg_orders') }}
    {% if is_incremental() %}
    where updated_at > (select max(updated_at) from {{ this }})
    {% endif %}

),

order_items as (

    select
        order_id,
        count(*) as item_count,
        sum(line_total) as order_total
    from {{ ref('int_order_items_enriched') }}
    group by order_id

),

payments as (

    select
        order_id,
        count(*) as payment_count,
        sum(amount) as amount_paid
    from {{ ref('stg_payments') }}
    group by order_id

)

select
    orders.order_id,
    orders.customer_id,
    orders.store_id,
    orders.order_date,
    orders.status,
    coalesce(order_items.item_count, 0) as item_count,
    coalesce(order_items.order_total, 0) as order_total,
    coalesce(payments.payment_count, 0) as payment_count,
    coalesce(payments.amount_paid, 0) as amount_paid,
    orders.updated_at
from orders
left join order_items
    on orders.order_id = order_items.order_id
left join payments
    on orders.order_id = payments.order_id
