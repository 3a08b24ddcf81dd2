with order_items as (

    select * from {{ ref('stg_order_items') }}

),

orders as (

    select * from {{ ref('stg_orders') }}

),

products as (

    select * from {{ ref('stg_products') }}

)

select
    order_items.order_id,
    order_items.line_no,
    orders.customer_id,
    orders.store_id,
    orders.order_date,
    orders.status as order_status,
    order_items.product_id,
    products.product_name,
    products.category,
    order_items.quantity,
    order_items.unit_price,
    order_items.line_total,
    products.unit_cost,
    order_items.quantity * products.unit_cost as line_cost
from order_items
inner join orders
    on order_items.order_id = orders.order_id
left join products
    on order_items.product_id = products.product_id
